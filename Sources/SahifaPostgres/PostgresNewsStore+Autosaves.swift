import Foundation
import SahifaCore
import SahifaStore

/// The editor's working copies (`Autosave`) on PostgreSQL.
extension PostgresNewsStore {
    public func keepAutosave(_ autosave: Autosave) async throws {
        try await write { db in try await db.run(AutosaveStatements.keep, AutosaveStatements.keeping(autosave)) }
    }

    public func autosave(of article: ArticleID, by account: AccountID) async throws -> Autosave? {
        try await readPrimary { db in
            try await db.firstRow(AutosaveStatements.read, StoreValue.list(account.rawValue, article.rawValue)) {
                try AutosaveStatements.autosave(of: article, by: account, in: $0)
            }
        }
    }

    public func dropAutosave(of article: ArticleID, by account: AccountID) async throws {
        try await write { db in
            try await db.run(AutosaveStatements.drop, StoreValue.list(account.rawValue, article.rawValue))
        }
    }
}
