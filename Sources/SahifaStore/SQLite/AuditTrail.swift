import Foundation
import GRDB
import SahifaCore

/// Writes audit-log lines inside the transaction of the act they record, so the log never
/// says something happened that did not, nor misses what did.
enum AuditTrail {
    static func record(
        _ action: AuditAction, article: ArticleID?, detail: String, by account: AccountID?, at date: Date,
        in db: Database
    ) throws {
        try db.run(
            "INSERT INTO audit_log (at, account_id, action, article_id, detail) VALUES (?, ?, ?, ?, ?)",
            [date.timeIntervalSince1970, account?.rawValue, action.rawValue, article?.rawValue, detail]
        )
    }
}
