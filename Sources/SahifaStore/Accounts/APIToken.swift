import Foundation
import SahifaCore

/// An API token as the newsroom lists it: never the secret itself, which is shown once when
/// made and stored only as its SHA-256.
public struct APIToken: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var scopes: Set<TokenScope>
    public var createdAt: Date
    public var lastUsedAt: Date?
    /// When it stops opening anything; nil for a token that lasts until revoked.
    public var expiresAt: Date?

    public init(
        id: Int64, name: String, scopes: Set<TokenScope>, createdAt: Date, lastUsedAt: Date?, expiresAt: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.scopes = scopes
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.expiresAt = expiresAt
    }
}

/// Who a presented token speaks for, and what it may do.
public struct TokenHolder: Sendable, Hashable {
    public var account: Account
    public var scopes: Set<TokenScope>

    public init(account: Account, scopes: Set<TokenScope>) {
        self.account = account
        self.scopes = scopes
    }
}
