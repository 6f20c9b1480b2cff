import Foundation
import GRDB
import SahifaCore

/// The one query shape for article teasers: the article's card fields with its section and
/// hero picture joined in, read by position. Callers add joins, `WHERE`, `ORDER BY` and
/// `LIMIT` as constant SQL with `?` arguments, and statements are cached per connection.
enum TeaserRow {
    static let select = """
        SELECT a.id, a.slug, a.kicker, a.headline, a.summary, a.published_at,
               \(SectionRecord.columns("s")), \(MediaRecord.columns("m"))
        FROM articles a
        JOIN sections s ON s.id = a.section_id
        LEFT JOIN media m ON m.hash = a.hero_hash
        """

    static func teaser(_ row: SQLiteRow) -> ArticleTeaser {
        ArticleTeaser(
            id: ArticleID(row.int64(0)),
            slug: row.text(1),
            kicker: row.optionalText(2),
            headline: row.text(3),
            summary: row.text(4),
            section: SectionRecord.section(in: row, at: 6),
            heroImage: MediaRecord.asset(in: row, at: 6 + SectionRecord.columnCount),
            publishedAt: Date(timeIntervalSince1970: row.double(5))
        )
    }

    /// Teasers matching `rest` (joins, conditions, order, limit: constant SQL).
    static func fetchAll(_ db: some SQLiteReading, _ rest: String, arguments: [any SQLiteArgument] = []) throws
        -> [ArticleTeaser]
    {
        try db.rows(select + " " + rest, arguments: arguments, teaser)
    }
}
