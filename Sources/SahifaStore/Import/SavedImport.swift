import Foundation
import SahifaCore

/// The article an earlier import saved under the same source id, as a new import sees it.
package struct SavedImport {
    package var id: Int64
    package var status: ArticleStatus
    /// Whether the new import says exactly what is saved, so there is nothing to write.
    package var isUnchanged: Bool

    /// The saved article's row, with one `?` for the source id; read by `init(_:comparedWith:sectionID:)`.
    package static let query = """
        SELECT a.id, a.headline, a.summary, b.plain_text, a.section_id, a.published_at, a.status,
            a.source_fingerprint
        FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.source_id = ?
        """

    package init(_ row: some StoreRow, comparedWith item: PreparedImport, sectionID: Int64) throws {
        let article = item.article
        id = try row.int64(0)
        status = ArticleStatus(rawValue: try row.text(6)) ?? .draft
        let fingerprint = try row.optionalText(7)
        // A draft has no published time; a whole story's digest covers the time it was given.
        let published = try row.optionalDouble(5)
        isUnchanged =
            try fingerprint == item.fingerprint
            && row.text(1) == article.headline.trimmedForNews && row.text(2) == article.summary.trimmedForNews
            && row.text(3) == item.plainText && row.int64(4) == sectionID
            && (published == nil || published == article.publishedAt.timeIntervalSince1970)
    }
}
