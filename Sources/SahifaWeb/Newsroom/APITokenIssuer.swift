import Foundation
import SahifaCore
import SahifaStore

/// Makes an API token's secret and records its SHA-256: for the newsroom's token page and for
/// `sahifa token add`. The secret is answered once and kept nowhere.
public enum APITokenIssuer {
    /// Every secret starts so, which lets secret scanners and people tell what it is.
    static let prefix = "shf_"

    /// - Precondition: `new.problems()` is empty.
    public static func issue(_ new: NewAPIToken, for account: AccountID, store: any AccountStore, at date: Date)
        async throws -> (secret: String, token: APIToken)
    {
        let secret = prefix + SessionToken.make()
        let token = try await store.createAPIToken(
            for: account, name: new.name, scopes: new.scopes, tokenHash: SessionToken.hash(secret),
            expiresAt: new.expiresInDays.map { date.addingTimeInterval(Double($0) * 86_400) }, at: date)
        return (secret, token)
    }
}
