import SahifaCore

/// Related news on PostgreSQL (see `RelatedNews`).
enum PostgresRelatedNews {
    /// Recomputes the article's list after the newsroom changed it, and queues the articles
    /// its change may concern.
    static func refreshAfterChange(_ id: ArticleID, in db: PostgresSession) async throws {
        throw PostgresStandIn.notWritten
    }
}
