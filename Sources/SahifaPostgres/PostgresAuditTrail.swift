import Foundation
import SahifaCore
import SahifaStore

/// Writes audit-log lines (`AuditStatements`) inside the transaction of the act they record.
enum PostgresAuditTrail {
    static func record(
        _ action: AuditAction, article: ArticleID?, detail: String, by account: AccountID?, at date: Date,
        in db: PostgresSession
    ) async throws {
        let line = AuditStatements.recording(action, article: article, detail: detail, by: account, at: date)
        try await db.run(AuditStatements.record, line)
    }
}
