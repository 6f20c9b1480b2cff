import SahifaCore

/// The article whose related news is being worked out, as both stores read it: its analysed
/// fields weighted for scoring, its section and its publication time.
package struct RelatedNewsSubject {
    package let fields: [(text: String, weight: Double)]
    package let section: Int64
    package let publishedAt: Double

    /// The analysed text of the index and the article's section and date, after `SELECT`;
    /// the backend names its index table (`t`) and binds the article's id.
    package static let columns = "t.headline, t.kicker, t.summary, t.tags, t.body, a.section_id, a.published_at"

    package init(_ row: some StoreRow) throws {
        fields = RelatedNewsScoring.weightedFields(
            headline: try row.text(0), kicker: try row.text(1), summary: try row.text(2), tags: try row.text(3),
            body: try row.text(4)
        )
        section = try row.int64(5)
        publishedAt = try row.double(6)
    }

    /// A candidate from a row of its id, section, publication time, and `match`, its score in
    /// the index (higher is better).
    package func candidate(_ row: some StoreRow, match: Double) throws -> (id: ArticleID, score: Double) {
        (
            id: ArticleID(try row.int64(0)),
            score: RelatedNewsScoring.weighted(
                match: match, sameSection: try row.int64(1) == section, publishedAt: try row.double(2),
                articlePublishedAt: publishedAt
            )
        )
    }
}
