import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// The redirect table on SQLite: the reader's lookup, the newsroom's list, additions and removals.
extension SQLiteNewsStore {
    public func redirectTarget(for oldPath: String) async throws -> String? {
        try readPage { db in try db.firstRow(RedirectStatements.target, arguments: [oldPath]) { $0.text(0) } }
    }

    public func redirects(matching text: String, page: PageRequest) async throws -> Page<Redirect> {
        try readPage { db in
            let total = try db.firstRow(
                RedirectStatements.count, arguments: RedirectStatements.counting(matching: text)
            ) {
                $0.int(0)
            }
            let items = try db.rows(
                RedirectStatements.list, arguments: RedirectStatements.listing(matching: text, page: page),
                RedirectStatements.redirect)
            return Page(items: items, of: page, totalCount: total ?? 0)
        }
    }

    public func addRedirect(_ draft: RedirectDraft, at date: Date, by account: AccountID?) async throws -> Redirect {
        let key = try draft.validatedKey()
        return try await write(announcing: NewsChange([.site])) { db in
            try db.firstRow(
                RedirectStatements.findings, arguments: RedirectStatements.checking(draft, from: key),
                RedirectStatements.Findings.init)?.check()
            let id = try db.insertedID(
                RedirectStatements.add, arguments: StoreValue.list(key, draft.trimmedTarget, date))
            try AuditTrail.record(.redirectAdded, article: nil, detail: key, by: account, at: date, in: db)
            return RedirectStatements.added(id: id, from: key, draft: draft, at: date)
        }
    }

    public func removeRedirect(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool {
        try await write(announcing: NewsChange([.site])) { db in
            guard let gone = try db.firstRow(RedirectStatements.byID, arguments: [id], RedirectStatements.redirect)
            else {
                return false
            }
            try db.run(RedirectStatements.remove, arguments: [id])
            try AuditTrail.record(.redirectRemoved, article: nil, detail: gone.from, by: account, at: date, in: db)
            return true
        }
    }

    public func countRedirectHits(_ hits: [String: Int]) async throws {
        try await committing { db in
            for (path, count) in hits {
                try db.run(RedirectStatements.countHits, arguments: StoreValue.list(count, path))
            }
        }
    }
}
