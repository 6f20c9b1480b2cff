import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// The editor's working copies (`Autosave`) on SQLite.
extension SQLiteNewsStore {
    public func keepAutosave(_ autosave: Autosave) async throws {
        try await write { db in
            (try db.run(AutosaveStatements.keep, arguments: AutosaveStatements.keeping(autosave)), nil)
        }
    }

    public func autosave(of article: ArticleID, by account: AccountID) async throws -> Autosave? {
        try readPage { db in
            try db.firstRow(AutosaveStatements.read, arguments: StoreValue.list(account.rawValue, article.rawValue)) {
                try AutosaveStatements.autosave(of: article, by: account, in: $0)
            }
        }
    }

    public func dropAutosave(of article: ArticleID, by account: AccountID) async throws {
        try await write { db in
            (try db.run(AutosaveStatements.drop, arguments: StoreValue.list(account.rawValue, article.rawValue)), nil)
        }
    }
}
