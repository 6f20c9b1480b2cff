import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// Static pages on SQLite: the reader's page, the newsroom's list and saves.
extension SQLiteNewsStore {
    public func staticPage(slug: String, at now: Date) async throws -> StaticPageContent? {
        try readPage { db in
            guard
                let page = try db.firstRow(StaticPageColumns.publishedBySlug, arguments: [slug], StaticPageColumns.page)
            else { return nil }
            return StaticPageContent(chrome: try chrome(db, now: now), page: page)
        }
    }

    public func staticPages() async throws -> [StaticPage] {
        try readPage { db in try db.rows(StaticPageStatements.all, StaticPageColumns.page) }
    }

    public func saveStaticPage(id: Int64?, _ draft: StaticPageDraft, at date: Date) async throws -> StaticPage? {
        try draft.validate()
        return try await write(announcing: NewsChange([.site])) { db in
            let found = try Self.pictures(StaticPageStatements.pictures(in: draft), in: db)
            let html = try StaticPageStatements.html(of: draft, found: found)
            let saved: Int64?
            if let id {
                guard try db.firstRow(StaticPageStatements.byID, arguments: [id], StaticPageColumns.page) != nil else {
                    return nil
                }
                saved =
                    try db.changedAny(
                        StaticPageStatements.update,
                        arguments: StaticPageStatements.updating(id: id, draft, html: html, at: date)) ? id : nil
            } else {
                try db.run(
                    StaticPageStatements.insert, arguments: StaticPageStatements.inserting(draft, html: html, at: date))
                saved = db.changesCount > 0 ? db.lastInsertedRowID : nil
            }
            guard let saved else { throw InvalidStaticPage(problems: [.slugTaken]) }
            return try db.firstRow(StaticPageStatements.byID, arguments: [saved], StaticPageColumns.page)
        }
    }
}
