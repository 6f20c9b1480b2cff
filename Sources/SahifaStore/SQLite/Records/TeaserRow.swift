import Foundation
import GRDB
import SahifaCore

/// The one query shape for article teasers: the article's card fields with its section and
/// hero picture joined in. Callers add `WHERE`, `ORDER BY` and `LIMIT`.
enum TeaserRow {
    static let select = """
        SELECT a.id, a.slug, a.kicker, a.headline, a.summary, a.published_at,
               \(SectionRecord.columns("s", prefix: "s_")), \(MediaRecord.columns("m", prefix: "m_"))
        FROM articles a
        JOIN sections s ON s.id = a.section_id
        LEFT JOIN media m ON m.hash = a.hero_hash
        """

    static func teaser(_ row: Row) -> ArticleTeaser {
        ArticleTeaser(
            id: ArticleID(row["id"]),
            slug: row["slug"],
            kicker: row["kicker"],
            headline: row["headline"],
            summary: row["summary"],
            section: SectionRecord(row: row, prefix: "s_").section,
            heroImage: MediaRecord.asset(in: row, prefix: "m_"),
            publishedAt: Date(timeIntervalSince1970: row["published_at"] ?? 0)
        )
    }

    static func fetchAll(_ db: Database, where condition: String, arguments: StatementArguments = [])
        throws -> [ArticleTeaser]
    {
        try Row.fetchAll(db, sql: select + " " + condition, arguments: arguments).map(teaser)
    }
}
