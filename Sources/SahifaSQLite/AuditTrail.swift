import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// Writes audit-log lines (`AuditStatements`) inside the transaction of the act they record.
enum AuditTrail {
    static func record(
        _ action: AuditAction, article: ArticleID?, detail: String, by account: AccountID?, at date: Date,
        in db: Database
    ) throws {
        try db.run(
            AuditStatements.record,
            arguments: AuditStatements.recording(action, article: article, detail: detail, by: account, at: date)
        )
    }
}
