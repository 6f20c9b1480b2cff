import Foundation
import SahifaCore
import SahifaStore

/// A whole site's parts besides its articles, its static pages and its old addresses, on PostgreSQL.
extension PostgresNewsStore {
    public func importSite(_ site: SiteImport, at date: Date) async throws -> SiteImportReport {
        let steps = try site.statements(at: date)
        return try await write(announcing: NewsChange([.site])) { db in
            var report = SiteImportReport()
            for step in steps {
                report.count(step.kind, changed: try await db.changedAny(step.sql, step.arguments))
            }
            return report
        }
    }

    public func redirectTarget(for oldPath: String) async throws -> String? {
        try await readPage { db in try await db.firstRow(SiteImportStatements.target, [oldPath]) { try $0.text(0) } }
    }

    public func staticPage(slug: String, at now: Date) async throws -> StaticPageContent? {
        try await readPage { db in
            guard let page = try await db.firstRow(StaticPageColumns.publishedBySlug, [slug], StaticPageColumns.page)
            else { return nil }
            return StaticPageContent(chrome: try await Self.chrome(db, now: now), page: page)
        }
    }
}
