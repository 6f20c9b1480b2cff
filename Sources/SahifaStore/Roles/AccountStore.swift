import Foundation
import SahifaCore

/// Accounts, sessions and API tokens, read on the primary: a member signs in, or uses a
/// token, right after it is made.
public protocol AccountStore: Sendable {
    /// How many accounts exist; none means the first-run form is open.
    func accountCount() async throws -> Int

    /// Opens an account with an already hashed password. With `onlyIfFirst`, opens it only
    /// when no account exists yet (checked in the same transaction) and answers nil otherwise.
    /// - Throws: `InvalidAccount` for a bad field or an e-mail already in use.
    func createAccount(_ account: NewAccount, passwordHash: String, at date: Date, onlyIfFirst: Bool) async throws
        -> Account?

    /// The account with this e-mail (any case) and its password hash, for signing in.
    func credentials(email: String) async throws -> AccountCredentials?

    /// The account with this id and its password hash, for changing the password.
    func credentials(id: AccountID) async throws -> AccountCredentials?

    /// Every account, by name.
    func accounts() async throws -> [Account]

    /// Turns the account's second factor on with `secret`, or off with nil.
    func setSecondFactor(of id: AccountID, secret: String?) async throws

    /// Records a new API token for an account, known by the SHA-256 of its secret; after
    /// `expiresAt`, when given, it opens nothing.
    func createAPIToken(
        for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, expiresAt: Date?,
        at date: Date
    ) async throws -> APIToken

    /// The account's API tokens, newest first.
    func apiTokens(of account: AccountID) async throws -> [APIToken]

    /// Revokes one of the account's tokens; false when it has no such token.
    func revokeAPIToken(_ id: Int64, of account: AccountID) async throws -> Bool

    /// The account and scopes of the token with this hash, marking it used.
    func tokenHolder(tokenHash: String, at date: Date) async throws -> TokenHolder?

    /// Gives an account another role and ends its sessions, so the member signs in again with
    /// a new session under the new role. False when there is no such account.
    func setRole(of id: AccountID, to role: Role) async throws -> Bool

    /// Replaces the password hash and ends every other session of the account.
    func setPassword(of id: AccountID, passwordHash: String, keepingSession tokenHash: String?) async throws

    /// Records a signed-in browser (and clears expired sessions).
    func startSession(_ session: NewsroomSession) async throws

    /// The unexpired session with this token hash, with its account.
    func session(tokenHash: String, at now: Date) async throws -> NewsroomSession?

    /// Signs a browser out.
    func endSession(tokenHash: String) async throws

    /// Signs the account out everywhere but the session with `tokenHash` (nil: everywhere).
    func endSessions(of id: AccountID, keeping tokenHash: String?) async throws
}
