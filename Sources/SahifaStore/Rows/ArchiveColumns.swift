import Foundation
import SahifaCore

/// How the sitemaps' archive is read back, in both stores; each store writes its own date
/// arithmetic in the SQL.
package enum ArchiveColumns {
    /// The published articles of a span of time, newest first, read by `entry(_:)`; `?` for
    /// its start and its end (excluded).
    package static let entries = """
        SELECT a.id, a.slug, s.slug, a.headline, a.published_at,
               CASE WHEN a.updated_at > a.published_at THEN a.updated_at ELSE a.published_at END
        FROM articles a JOIN sections s ON s.id = a.section_id
        WHERE a.status = 'published' AND a.published_at >= ? AND a.published_at < ?
        ORDER BY a.published_at DESC, a.id DESC
        """

    /// A month from a row of its year, its month, and the latest publication or update in it.
    package static func month(_ row: some StoreRow) throws -> ArchiveMonth {
        ArchiveMonth(
            year: try row.int(0),
            month: try row.int(1),
            lastModified: Date(timeIntervalSince1970: try row.double(2))
        )
    }

    /// An entry from a row of the article's id, slug, section slug, headline, publication
    /// and last change.
    package static func entry(_ row: some StoreRow) throws -> ArchiveEntry {
        ArchiveEntry(
            path: ArticlePath.make(section: try row.text(2), id: ArticleID(try row.int64(0)), slug: try row.text(1)),
            headline: try row.text(3),
            publishedAt: Date(timeIntervalSince1970: try row.double(4)),
            updatedAt: Date(timeIntervalSince1970: try row.double(5))
        )
    }
}

extension ArchiveColumns {
    /// The publication times of a calendar month in UTC, the archive's months; nil for a
    /// month that does not exist.
    package static func dates(year: Int, month: Int) -> Range<Date>? {
        var start = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"))
        (start.year, start.month, start.day) = (year, month, 1)
        guard (1...12).contains(month), let from = start.date,
            let to = start.calendar?.date(byAdding: .month, value: 1, to: from)
        else { return nil }
        return from..<to
    }
}
