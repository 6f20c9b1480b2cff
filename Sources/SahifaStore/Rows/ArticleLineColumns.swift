import Foundation
import SahifaCore

/// The newsroom's article lists (dashboard and filtered list), in both stores: one query shape
/// over articles (`a`) and their sections (`s`), narrowed by a condition.
package enum ArticleLineColumns {
    /// The dashboard's lists, each ten lines; only `myDrafts` takes an argument, the member's id.
    package static let myDrafts = query(
        where: "a.status = 'draft' AND a.created_by = ?", orderBy: "a.updated_at DESC", "LIMIT 10")
    package static let waitingForReview = query(where: "a.status = 'inReview'", orderBy: "a.updated_at", "LIMIT 10")
    package static let scheduled = query(where: "a.status = 'scheduled'", orderBy: "a.published_at", "LIMIT 10")
    package static let recentlyPublished = query(
        where: "a.status = 'published'", orderBy: "a.published_at DESC", "LIMIT 10")

    /// How many articles meet `condition` (from `condition(for:like:)`).
    package static func count(where condition: String) -> String {
        "SELECT COUNT(*) FROM articles a JOIN sections s ON s.id = a.section_id WHERE \(condition)"
    }

    /// One page of the articles that meet `condition`, last updated first; arguments: the
    /// condition's, then limit and offset.
    package static func page(where condition: String) -> String {
        query(where: condition, orderBy: "a.updated_at DESC, a.id DESC", "LIMIT ? OFFSET ?")
    }

    private static func query(where condition: String, orderBy order: String, _ limit: String) -> String {
        """
        SELECT a.id, a.headline, a.status, s.name, a.updated_at, a.published_at
        FROM articles a JOIN sections s ON s.id = a.section_id
        WHERE \(condition) ORDER BY \(order) \(limit)
        """
    }

    /// `filter` as one condition with a `?` for each of `arguments`. `like` is the store's
    /// case-insensitive LIKE (SQLite's LIKE already is, for ASCII).
    package static func condition(for filter: ArticleFilter, like: String) -> (sql: String, arguments: [String]) {
        // Each condition is constant SQL with its own `?`; only their presence varies.
        var conditions = ["1 = 1"]
        var arguments: [String] = []
        if let status = filter.status {
            conditions.append("a.status = ?")
            arguments.append(status.rawValue)
        }
        if let section = filter.sectionSlug {
            conditions.append("s.slug = ?")
            arguments.append(section)
        }
        if let author = filter.authorSlug {
            conditions.append(
                "EXISTS (SELECT 1 FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id AND p.slug = ?)"
            )
            arguments.append(author)
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            conditions.append("a.headline \(like) ? ESCAPE '\\'")
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            arguments.append("%" + escaped + "%")
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    package static func line(in row: some StoreRow) throws -> NewsroomDashboard.ArticleLine {
        NewsroomDashboard.ArticleLine(
            id: ArticleID(try row.int64(0)),
            headline: try row.text(1),
            status: ArticleStatus(rawValue: try row.text(2)) ?? .draft,
            sectionName: try row.text(3),
            updatedAt: Date(timeIntervalSince1970: try row.double(4)),
            publishedAt: try row.optionalDouble(5).map(Date.init(timeIntervalSince1970:))
        )
    }
}
