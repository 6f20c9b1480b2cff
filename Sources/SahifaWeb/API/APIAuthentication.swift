import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// Bearer tokens for API v1: `Authorization: Bearer TOKEN`, looked up by the token's
/// SHA-256. A call names the scope it needs; the token's account role is checked after that
/// by the same SahifaCore rules the newsroom pages use.
struct APIAuthentication: Sendable {
    let store: any AccountStore

    /// - Throws: `APIError.notAuthenticated` (401) or `APIError.insufficientScope` (403).
    func holder(_ request: Request, needing scope: TokenScope) async throws -> TokenHolder {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            throw APIError.notAuthenticated
        }
        let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty, let holder = try await store.tokenHolder(tokenHash: SessionToken.hash(token), at: Date())
        else {
            throw APIError.notAuthenticated
        }
        guard holder.scopes.contains(scope) else { throw APIError.insufficientScope(scope) }
        return holder
    }

    /// Whether the request carries a token at all (some paths answer both the public and a holder).
    static func hasToken(_ request: Request) -> Bool {
        request.headers[.authorization]?.lowercased().hasPrefix("bearer ") ?? false
    }
}
