import SahifaCore

/// Rebuilding the search index, the same on both stores once it is emptied: the published
/// articles are read, analysed on every core and written in batches, each batch's related
/// news queued, with the progress told after each.
package enum SearchIndexRebuild {
    package static let batchSize = 500

    /// The ids of the published articles, in order.
    package static let publishedIDs = "SELECT id FROM articles WHERE status = 'published' ORDER BY id"

    /// What the index needs of one article, as read from the store.
    package struct Source: Sendable {
        package init(id: ArticleID, headline: String, kicker: String, summary: String, tags: [String], body: String) {
            self.id = id
            self.headline = headline
            self.kicker = kicker
            self.summary = summary
            self.tags = tags
            self.body = body
        }

        package var id: ArticleID
        package var headline: String
        package var kicker: String
        package var summary: String
        package var tags: [String]
        package var body: String
    }

    /// - Parameters:
    ///   - read: the sources of a batch of ids, in one read.
    ///   - write: adds a batch's analysed articles to the index and queues the batch's
    ///     related news, in one write.
    package static func run(
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
