import SahifaCore

/// Keeps `article_search` in step with what readers can see, inside the caller's write: an
/// article is in the index exactly while it is published.
enum PostgresSearchIndex {
    /// Drops the article's entry and, if it is published, indexes it afresh.
    static func refresh(_ id: ArticleID, in db: PostgresSession) async throws {
        throw PostgresStandIn.notWritten
    }
}
