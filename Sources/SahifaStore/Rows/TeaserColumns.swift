import Foundation
import SahifaCore

/// The one query shape for article teasers, in both stores: the article's card fields with
/// its section and hero picture joined in, read by position.
enum TeaserColumns {
    /// The teaser's columns, for queries that join articles (`a`), sections (`s`) and media (`m`)
    /// themselves; further columns follow from position `count`.
    static let list = """
        a.id, a.slug, a.kicker, a.headline, a.summary, a.published_at, a.source_id,
        \(SectionColumns.list("s")), \(MediaColumns.list("m"))
        """

    static let count: Int32 = 7 + SectionColumns.count + MediaColumns.count

    /// Joins that bring in a teaser's section and hero picture for articles `a`.
    static let joins = "JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.hash = a.hero_hash"

    static let select = "SELECT \(list) FROM articles a \(joins)"

    static func teaser(_ row: some StoreRow) throws -> ArticleTeaser {
        ArticleTeaser(
            id: ArticleID(try row.int64(0)),
            slug: try row.text(1),
            kicker: try row.optionalText(2),
            headline: try row.text(3),
            summary: try row.text(4),
            section: try SectionColumns.section(in: row, at: 7),
            heroImage: try MediaColumns.asset(in: row, at: 7 + SectionColumns.count),
            publishedAt: Date(timeIntervalSince1970: try row.double(5)),
            sourceID: try row.optionalText(6)
        )
    }
}
