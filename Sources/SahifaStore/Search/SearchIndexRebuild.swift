import SahifaCore

/// Rebuilding the search index, the same on both stores once it is emptied: the published
/// articles are read, analysed on every core and written in batches, each batch's related
/// news queued, with the progress told after each.
enum SearchIndexRebuild {
    static let batchSize = 500

    /// The ids of the published articles, in order.
    static let publishedIDs = "SELECT id FROM articles WHERE status = 'published' ORDER BY id"

    /// What the index needs of one article, as read from the store.
    struct Source: Sendable {
        var id: ArticleID
        var headline: String
        var kicker: String
        var summary: String
        var tags: [String]
        var body: String
    }

    /// - Parameters:
    ///   - read: the sources of a batch of ids, in one read.
    ///   - write: adds a batch's analysed articles to the index and queues the batch's
    ///     related news, in one write.
    static func run(
        _ ids: [Int64],
        progress: @Sendable (Int, Int) -> Void,
        read: ([Int64]) async throws -> [Source],
        write: ([(id: ArticleID, analysed: AnalysedArticle)], [Int64]) async throws -> Void
    ) async throws {
        var done = 0
        progress(0, ids.count)
        for batch in ids.sliced(every: batchSize) {
            let analysed = await Parallel.map(try await read(batch)) { source in
                (
                    id: source.id,
                    analysed: AnalysedArticle(
                        headline: source.headline, kicker: source.kicker, summary: source.summary,
                        tagNames: source.tags, bodyText: source.body
                    )
                )
            }
            try await write(analysed, batch)
            done += batch.count
            progress(done, ids.count)
        }
    }
}
