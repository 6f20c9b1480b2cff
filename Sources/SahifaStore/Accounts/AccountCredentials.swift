import SahifaCore

/// An account with what signing in checks it against. Only the sign-in and password-change
/// paths ask for it; everything else gets `Account` alone.
public struct AccountCredentials: Sendable, Hashable {
    public var account: Account
    /// A bcrypt hash; the password itself is never stored.
    public var passwordHash: String
    /// The shared secret of the member's authenticator app (TOTP), when they turned the
    /// second factor on.
    public var secondFactorSecret: String?

    public init(account: Account, passwordHash: String, secondFactorSecret: String? = nil) {
        self.account = account
        self.passwordHash = passwordHash
        self.secondFactorSecret = secondFactorSecret
    }
}
