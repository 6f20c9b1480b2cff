import Foundation
import GRDB
import SahifaCore

/// `page_changes`: every announced change, written in the transaction that made it, so
/// servers on the same file in other processes can announce it too (`changes(after:)`).
enum ChangeLog {
    /// How long recorded changes are kept; a server that has not looked for longer has
    /// restarted, and a restarted server starts from the newest change.
    static let keptFor: TimeInterval = 3600

    static func record(_ change: NewsChange, at date: Date, in db: Database) throws -> Int64 {
        try db.execute(sql: "DELETE FROM page_changes WHERE at < ?", arguments: [date.timeIntervalSince1970 - keptFor])
        try db.execute(
            sql: "INSERT INTO page_changes (dependencies, updated_articles, at) VALUES (?, ?, ?)",
            arguments: [dependencyText(change), updatedArticleText(change), date.timeIntervalSince1970]
        )
        return db.lastInsertedRowID
    }

    /// The change's surrogate keys as the record keeps them.
    static func dependencyText(_ change: NewsChange) -> String {
        change.dependencies.map(\.surrogateKey).sorted().joined(separator: " ")
    }

    static func updatedArticleText(_ change: NewsChange) -> String {
        change.updatedArticles.map { String($0.rawValue) }.sorted().joined(separator: " ")
    }

    static func change(dependencies: String, updatedArticles: String) -> NewsChange {
        NewsChange(
            Set(dependencies.split(separator: " ").compactMap { PageDependency(surrogateKey: $0) }),
            updatedArticles: Set(updatedArticles.split(separator: " ").compactMap { Int64($0).map(ArticleID.init) })
        )
    }
}
