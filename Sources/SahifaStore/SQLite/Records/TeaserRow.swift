import Foundation
import GRDB
import SahifaCore

/// The one query shape for article teasers: the article's card fields with its section and
/// hero picture joined in, read by position. Callers add joins, `WHERE`, `ORDER BY` and
/// `LIMIT` as constant SQL with `?` arguments, and statements are cached per connection.
enum TeaserRow {
    /// The teaser's columns, for queries that join articles (`a`), sections (`s`) and media (`m`)
    /// themselves; further columns follow from position `columnCount`.
    static let columns = """
        a.id, a.slug, a.kicker, a.headline, a.summary, a.published_at, a.source_id,
        \(SectionRecord.columns("s")), \(MediaRecord.columns("m"))
        """

    static let columnCount: Int32 = 7 + SectionRecord.columnCount + MediaRecord.columnCount

    /// Joins that bring in a teaser's section and hero picture for articles `a`.
    static let joins = "JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.hash = a.hero_hash"

    static let select = "SELECT \(columns) FROM articles a \(joins)"

    static func teaser(_ row: SQLiteRow) -> ArticleTeaser {
        ArticleTeaser(
            id: ArticleID(row.int64(0)),
            slug: row.text(1),
            kicker: row.optionalText(2),
            headline: row.text(3),
            summary: row.text(4),
            section: SectionRecord.section(in: row, at: 7),
            heroImage: MediaRecord.asset(in: row, at: 7 + SectionRecord.columnCount),
            publishedAt: Date(timeIntervalSince1970: row.double(5)),
            sourceID: row.optionalText(6)
        )
    }

    /// Teasers matching `rest` (joins, conditions, order, limit: constant SQL).
    static func fetchAll(_ db: some SQLiteReading, _ rest: String, arguments: [any SQLiteArgument] = []) throws
        -> [ArticleTeaser]
    {
        try db.rows(select + " " + rest, arguments: arguments, teaser)
    }
}
