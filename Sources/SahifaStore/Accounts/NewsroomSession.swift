import Foundation
import SahifaCore

/// A signed-in browser: whose it is, the token its forms must carry, and when it ends.
/// The store knows it by the hash of the cookie's token, never by the token.
public struct NewsroomSession: Sendable, Hashable {
    public var tokenHash: String
    public var account: Account
    /// Sent back in every form of this session and checked on every post (CSRF).
    public var formToken: String
    public var createdAt: Date
    public var expiresAt: Date

    public init(tokenHash: String, account: Account, formToken: String, createdAt: Date, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.account = account
        self.formToken = formToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
