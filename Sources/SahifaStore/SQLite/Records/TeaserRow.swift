import Foundation
import GRDB
import SahifaCore

/// Teasers on SQLite (`TeaserColumns`): callers add joins, `WHERE`, `ORDER BY` and `LIMIT`
/// as constant SQL with `?` arguments, and statements are cached per connection.
enum TeaserRow {
    /// Teasers matching `rest` (joins, conditions, order, limit: constant SQL).
    static func fetchAll(_ db: some SQLiteReading, _ rest: String, arguments: [any SQLiteArgument] = []) throws
        -> [ArticleTeaser]
    {
        try db.rows(TeaserColumns.select + " " + rest, arguments: arguments, TeaserColumns.teaser)
    }
}
