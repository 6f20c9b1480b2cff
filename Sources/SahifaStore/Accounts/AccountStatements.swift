import Foundation
import SahifaCore

/// The statements that open accounts and keep sessions, the same on both stores.
package enum AccountStatements {
    package static let count = "SELECT COUNT(*) FROM accounts"

    /// A row when an account has the e-mail `?`.
    package static let emailTaken = "SELECT 1 FROM accounts WHERE email = ?"

    /// Opens an account; arguments from `opening(_:passwordHash:at:)`.
    package static let open =
        "INSERT INTO accounts (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)"

    /// The account as stored, with the arguments of `open`: the e-mail lower-cased and the
    /// name trimmed.
    package static func opening(_ new: NewAccount, passwordHash: String, at date: Date) -> (
        account: (email: String, name: String), arguments: [StoreValue]
    ) {
        let email = new.normalizedEmail
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        return ((email, name), StoreValue.list(email, name, new.role.rawValue, passwordHash, date))
    }

    /// Clears the sessions expired at `?`.
    package static let clearExpiredSessions = "DELETE FROM sessions WHERE expires_at <= ?"

    /// Records a signed-in browser; arguments from `starting(_:)`.
    package static let startSession =
        "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)"

    package static func starting(_ session: NewsroomSession) -> [StoreValue] {
        StoreValue.list(
            session.tokenHash, session.account.id, session.formToken, session.createdAt, session.expiresAt
        )
    }

    /// Signs out the browser whose token hash is `?`.
    package static let endSession = "DELETE FROM sessions WHERE token_hash = ?"

    /// `?` for the secret (NULL turns the second factor off) and the account's id.
    package static let setSecondFactor = "UPDATE accounts SET totp_secret = ? WHERE id = ?"

    /// `?` for the role and the account's id.
    package static let setRole = "UPDATE accounts SET role = ? WHERE id = ?"

    /// `?` for the hash and the account's id.
    package static let setPassword = "UPDATE accounts SET password_hash = ? WHERE id = ?"

    /// Signs the account (`?`) out everywhere but the session with token hash `?` (NULL: everywhere).
    package static let endOtherSessions = "DELETE FROM sessions WHERE account_id = ? AND token_hash IS DISTINCT FROM ?"
}
