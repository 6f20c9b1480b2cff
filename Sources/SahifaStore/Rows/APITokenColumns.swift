import Foundation
import SahifaCore

/// How an API token is stored, selected and read back, in both stores. Scopes are kept as
/// one comma-separated text in `TokenScope.allCases` order.
package enum APITokenColumns {
    package static let insert =
        "INSERT INTO api_tokens (account_id, name, token_hash, scopes, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"

    /// The token as stored, its name trimmed, and the arguments of `insert`.
    package static func inserting(
        for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, expiresAt: Date?,
        at date: Date
    ) -> (token: (Int64) -> APIToken, arguments: [StoreValue]) {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return (
            { APIToken(id: $0, name: name, scopes: scopes, createdAt: date, lastUsedAt: nil, expiresAt: expiresAt) },
            StoreValue.list(account, name, tokenHash, storedScopes(scopes), date, expiresAt)
        )
    }

    /// An account's tokens, newest first; argument: the account's id.
    package static let query =
        "SELECT id, name, scopes, created_at, last_used_at, expires_at FROM api_tokens WHERE account_id = ? ORDER BY id DESC"

    package static func storedScopes(_ scopes: Set<TokenScope>) -> String {
        TokenScope.allCases.filter(scopes.contains).map(\.rawValue).joined(separator: ",")
    }

    package static func scopes(_ text: String) -> Set<TokenScope> {
        Set(text.split(separator: ",").compactMap { TokenScope(rawValue: String($0)) })
    }

    /// A row of `query`.
    package static func token(in row: some StoreRow) throws -> APIToken {
        APIToken(
            id: try row.int64(0), name: try row.text(1), scopes: scopes(try row.text(2)),
            createdAt: Date(timeIntervalSince1970: try row.double(3)),
            lastUsedAt: try row.optionalDouble(4).map(Date.init(timeIntervalSince1970:)),
            expiresAt: try row.optionalDouble(5).map(Date.init(timeIntervalSince1970:))
        )
    }
}
