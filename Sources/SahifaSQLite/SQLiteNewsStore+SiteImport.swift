import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// A whole site's parts besides its articles, on SQLite.
extension SQLiteNewsStore {
    public func importSite(_ site: SiteImport, at date: Date) async throws -> SiteImportReport {
        let steps = try site.statements(at: date)
        return try await write(announcing: NewsChange([.site])) { db in
            var report = SiteImportReport()
            for step in steps {
                report.count(step.kind, changed: try db.changedAny(step.sql, arguments: step.arguments))
            }
            return report
        }
    }
}
