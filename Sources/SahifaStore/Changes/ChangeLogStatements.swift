import Foundation
import SahifaCore

/// `page_changes`, the record of every announced change, the same on both stores: written in
/// the transaction that made the change, so servers in other processes (or on other
/// instances) can announce it too, and kept for an hour.
package enum ChangeLogStatements {
    /// How long recorded changes are kept; a server that has not looked for longer has
    /// restarted, and a restarted server starts from the newest change.
    package static let keptFor: TimeInterval = 3600

    /// Forgets the changes older than `keptFor` before `?`.
    package static let forgetOld = "DELETE FROM page_changes WHERE at < ?"

    package static func forgetting(before date: Date) -> [StoreValue] {
        StoreValue.list(date.timeIntervalSince1970 - keptFor)
    }

    /// Records a change (its number is the row's id); arguments from `recording(_:at:)`.
    package static let record =
        "INSERT INTO page_changes (dependencies, updated_articles, at) VALUES (?, ?, ?)"

    package static func recording(_ change: NewsChange, at date: Date) -> [StoreValue] {
        StoreValue.list(
            change.dependencies.map(\.surrogateKey).sorted().joined(separator: " "),
            change.updatedArticles.map { String($0.rawValue) }.sorted().joined(separator: " "),
            date
        )
    }

    /// The changes after number `?`, oldest first, at most `?`; read by `RecordedChange(_:)`.
    package static let after =
        "SELECT id, dependencies, updated_articles FROM page_changes WHERE id > ? ORDER BY id LIMIT ?"

    package static let latest = "SELECT MAX(id) FROM page_changes"
}

extension RecordedChange {
    package init(_ row: some StoreRow) throws {
        self.init(
            sequence: try row.int64(0),
            change: NewsChange(
                Set(try row.text(1).split(separator: " ").compactMap { PageDependency(surrogateKey: $0) }),
                updatedArticles: Set(try row.text(2).split(separator: " ").compactMap { Int64($0).map(ArticleID.init) })
            )
        )
    }
}
