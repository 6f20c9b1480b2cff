import Foundation
import SahifaCore

/// The audit log's one statement. Each store writes the line inside the transaction of the
/// act it records, so the log never says something happened that did not, nor misses what did.
package enum AuditStatements {
    package static let record =
        "INSERT INTO audit_log (at, account_id, action, article_id, detail) VALUES (?, ?, ?, ?, ?)"

    package static func recording(
        _ action: AuditAction, article: ArticleID?, detail: String, by account: AccountID?, at date: Date
    ) -> [StoreValue] {
        StoreValue.list(date, account, action.rawValue, article, detail)
    }
}
