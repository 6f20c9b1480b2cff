import Foundation
import SahifaCore
import SahifaStore

/// A whole site's parts besides its articles, on PostgreSQL.
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
}
