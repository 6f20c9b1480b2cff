import Foundation
import SahifaCore

/// The audit log on PostgreSQL, written in the same transaction as the act (see `AuditTrail`).
enum PostgresAuditTrail {
    static func record(
        _ action: AuditAction, article: ArticleID?, detail: String, by account: AccountID?, at date: Date,
        in db: PostgresSession
    ) async throws {
        try await db.run(
            "INSERT INTO audit_log (at, account_id, action, article_id, detail) VALUES (?, ?, ?, ?, ?)",
            [date.timeIntervalSince1970, account?.rawValue, action.rawValue, article?.rawValue, detail]
        )
    }
}
