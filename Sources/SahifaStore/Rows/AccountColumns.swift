import Foundation
import SahifaCore

/// How an account is selected and read back, in both stores, alone or with what a sign-in,
/// a session or an API token adds to it.
package enum AccountColumns {
    /// The columns `account(in:)` reads, in order, from table alias `table`.
    package static func list(_ table: String) -> String {
        ["id", "email", "name", "role", "created_at"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    /// Every account, by name.
    package static let allQuery = "SELECT \(list("a")) FROM accounts a ORDER BY a.name, a.id"

    /// An account with its password hash and second-factor secret, found by `key`.
    package static func credentialsQuery(by key: String) -> String {
        "SELECT \(list("a")), a.password_hash, a.totp_secret FROM accounts a WHERE a.\(key) = ?"
    }

    /// A session that has not expired, with its account; arguments: the token's hash, now.
    package static let sessionQuery = """
        SELECT \(list("a")), s.csrf_token, s.created_at, s.expires_at
        FROM sessions s JOIN accounts a ON a.id = s.account_id
        WHERE s.token_hash = ? AND s.expires_at > ?
        """

    /// The holder of an API token and its scopes, then when it was last used; argument: its hash.
    package static let tokenHolderQuery = """
        SELECT \(list("a")), t.scopes, t.last_used_at FROM api_tokens t JOIN accounts a ON a.id = t.account_id
        WHERE t.token_hash = ? AND (t.expires_at IS NULL OR t.expires_at > ?)
        """

    package static func account(in row: some StoreRow) throws -> Account {
        Account(
            id: AccountID(try row.int64(0)),
            email: try row.text(1),
            name: try row.text(2),
            role: Role(rawValue: try row.text(3)) ?? .writer,
            createdAt: Date(timeIntervalSince1970: try row.double(4))
        )
    }

    /// A row of `credentialsQuery(by:)`.
    package static func credentials(in row: some StoreRow) throws -> AccountCredentials {
        AccountCredentials(
            account: try account(in: row), passwordHash: try row.text(5), secondFactorSecret: try row.optionalText(6))
    }

    /// A row of `sessionQuery`.
    package static func session(in row: some StoreRow, tokenHash: String) throws -> NewsroomSession {
        NewsroomSession(
            tokenHash: tokenHash,
            account: try account(in: row),
            formToken: try row.text(5),
            createdAt: Date(timeIntervalSince1970: try row.double(6)),
            expiresAt: Date(timeIntervalSince1970: try row.double(7))
        )
    }

    /// A row of `tokenHolderQuery`.
    package static func tokenHolder(in row: some StoreRow) throws -> TokenHolder {
        TokenHolder(account: try account(in: row), scopes: APITokenColumns.scopes(try row.text(5)))
    }
}
