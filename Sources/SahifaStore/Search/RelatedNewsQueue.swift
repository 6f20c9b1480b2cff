import SahifaCore

/// The related-news queue, worked the same way on both stores: the next articles are read in
/// a few shares at once (on reader connections or read transactions), then saved in one short
/// write that drops any list whose article left the queue meanwhile.
package enum RelatedNewsQueue {
    /// The next queued articles; `?` for how many.
    package static let next = "SELECT article_id FROM related_queue ORDER BY article_id LIMIT ?"

    package static let backlog = "SELECT COUNT(*) FROM related_queue"

    /// Takes an article off the queue (`?` for it); a backend tells whether it was still there.
    package static let take = "DELETE FROM related_queue WHERE article_id = ?"

    /// After a newsroom change to an article (`?` for its id in each): queue the articles that
    /// listed it and drop it from their lists; then, once its own list is worked out, queue the
    /// articles it now lists, and take it off the queue.
    package static let queueListers = """
        INSERT INTO related_queue (article_id) SELECT article_id FROM article_auto_related WHERE related_id = ?
        ON CONFLICT DO NOTHING
        """
    package static let dropFromLists = "DELETE FROM article_auto_related WHERE related_id = ?"
    package static let queueListed = """
        INSERT INTO related_queue (article_id) SELECT related_id FROM article_auto_related WHERE article_id = ?
        ON CONFLICT DO NOTHING
        """
    package static let dequeue = "DELETE FROM related_queue WHERE article_id = ?"

    /// How many shares are worked at once: enough to keep two cores busy on SQLite and to
    /// overlap PostgreSQL's round trips.
    package static let sharesAtOnce = 4

    /// The queued articles in shares to work at once.
    package static func shares(of queued: [Int64]) -> [[Int64]] {
        queued.sliced(into: sharesAtOnce)
    }
}

/// An article's related news as worked out, best first.
package typealias RelatedList = [(id: ArticleID, score: Double)]

extension RelatedNewsQueue {
    /// The lists of the `queued` articles, worked out in `shares(of:)` at once, each by `work`.
    package static func lists(
        of queued: [Int64], _ work: @escaping @Sendable ([Int64]) async throws -> [(Int64, RelatedList)]
    ) async throws -> [(Int64, RelatedList)] {
        try await withThrowingTaskGroup(of: [(Int64, RelatedList)].self) { group in
            for share in shares(of: queued) {
                group.addTask { try await work(share) }
            }
            return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
    }
}
