import Foundation
import SahifaCore
import SahifaStore

/// The redirect table on PostgreSQL: the reader's lookup, the newsroom's list, additions and removals.
extension PostgresNewsStore {
    public func redirectTarget(for oldPath: String) async throws -> String? {
        try await readPage { db in try await db.firstRow(RedirectStatements.target, [oldPath]) { try $0.text(0) } }
    }

    public func redirects(matching text: String, page: PageRequest) async throws -> Page<Redirect> {
        try await readPrimary { db in
            let total = try await db.firstRow(RedirectStatements.count, RedirectStatements.counting(matching: text)) {
                try $0.int(0)
            }
            let items = try await db.rows(
                RedirectStatements.list, RedirectStatements.listing(matching: text, page: page),
                RedirectStatements.redirect)
            return Page(items: items, of: page, totalCount: total ?? 0)
        }
    }

    public func addRedirect(_ draft: RedirectDraft, at date: Date, by account: AccountID?) async throws -> Redirect {
        let key = try draft.validatedKey()
        return try await write(announcing: NewsChange([.site])) { db in
            try await db.firstRow(
                RedirectStatements.findings, RedirectStatements.checking(draft, from: key),
                RedirectStatements.Findings.init)?.check()
            let id = try await db.insertedID(RedirectStatements.add, StoreValue.list(key, draft.trimmedTarget, date))
            try await PostgresAuditTrail.record(
                .redirectAdded, article: nil, detail: key, by: account, at: date, in: db)
            return RedirectStatements.added(id: id, from: key, draft: draft, at: date)
        }
    }

    public func removeRedirect(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool {
        try await write(announcing: NewsChange([.site])) { db in
            guard let gone = try await db.firstRow(RedirectStatements.byID, [id], RedirectStatements.redirect) else {
                return false
            }
            try await db.run(RedirectStatements.remove, [id])
            try await PostgresAuditTrail.record(
                .redirectRemoved, article: nil, detail: gone.from, by: account, at: date, in: db)
            return true
        }
    }

    public func countRedirectHits(_ hits: [String: Int]) async throws {
        try await write { db -> Void in
            for (path, count) in hits { try await db.run(RedirectStatements.countHits, StoreValue.list(count, path)) }
        }
    }
}
