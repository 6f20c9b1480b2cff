import Foundation
import SahifaCore

/// The audit log as the newsroom pages it, in both stores.
package enum AuditColumns {
    package static let countQuery = "SELECT COUNT(*) FROM audit_log"

    /// One page of entries, newest first, with who acted; arguments: limit, offset.
    package static let pageQuery = """
        SELECT l.at, c.name, l.action, l.article_id, l.detail
        FROM audit_log l LEFT JOIN accounts c ON c.id = l.account_id
        ORDER BY l.at DESC, l.id DESC LIMIT ? OFFSET ?
        """

    package static func entry(in row: some StoreRow) throws -> AuditEntry {
        AuditEntry(
            at: Date(timeIntervalSince1970: try row.double(0)),
            accountName: try row.optionalText(1),
            action: AuditAction(rawValue: try row.text(2)) ?? .articleSaved,
            articleID: try row.optionalInt64(3).map { ArticleID($0) },
            detail: try row.text(4)
        )
    }
}
