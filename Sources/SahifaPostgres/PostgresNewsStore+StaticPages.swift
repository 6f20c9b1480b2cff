import Foundation
import SahifaCore
import SahifaStore

/// Static pages on PostgreSQL: the reader's page, the newsroom's list and saves.
extension PostgresNewsStore {
    public func staticPage(slug: String, at now: Date) async throws -> StaticPageContent? {
        try await readPage { db in
            guard let page = try await db.firstRow(StaticPageColumns.publishedBySlug, [slug], StaticPageColumns.page)
            else { return nil }
            return StaticPageContent(chrome: try await Self.chrome(db, now: now), page: page)
        }
    }

    public func staticPages() async throws -> [StaticPage] {
        try await readPrimary { db in try await db.rows(StaticPageStatements.all, [], StaticPageColumns.page) }
    }

    public func saveStaticPage(id: Int64?, _ draft: StaticPageDraft, at date: Date) async throws -> StaticPage? {
        try draft.validate()
        return try await write(announcing: NewsChange([.site])) { db in
            let found = try await Self.pictures(StaticPageStatements.pictures(in: draft), in: db)
            let html = try StaticPageStatements.html(of: draft, found: found)
            let saved: Int64?
            if let id {
                guard try await db.firstRow(StaticPageStatements.byID, [id], StaticPageColumns.page) != nil else {
                    return nil
                }
                saved =
                    try await db.changedAny(
                        StaticPageStatements.update, StaticPageStatements.updating(id: id, draft, html: html, at: date))
                    ? id : nil
            } else {
                saved = try await db.firstRow(
                    StaticPageStatements.insert + " RETURNING id",
                    StaticPageStatements.inserting(draft, html: html, at: date)
                ) { try $0.int64(0) }
            }
            guard let saved else { throw InvalidStaticPage(problems: [.slugTaken]) }
            return try await db.firstRow(StaticPageStatements.byID, [saved], StaticPageColumns.page)
        }
    }
}
