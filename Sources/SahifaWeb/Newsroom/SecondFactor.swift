import Foundation
import HummingbirdOTP

/// The optional second factor (التحقق بخطوتين): a six-digit code from an authenticator app
/// (TOTP, 30-second steps), checked after the password.
enum SecondFactor {
    /// A new shared secret: 20 random letters and digits (the app receives it in base32).
    static func makeSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Whether `code` is the secret's code now, or one step either side for clocks that drift.
    static func accepts(_ code: String, secret: String, at now: Date) -> Bool {
        let digits = code.filter { !$0.isWhitespace }
        guard digits.count == 6, let typed = Int(digits) else { return false }
        let totp = TOTP(secret: secret)
        return [-30.0, 0, 30].contains { totp.compute(date: now.addingTimeInterval($0)) == typed }
    }

    /// What an authenticator app scans or is given to add the account.
    static func appAddress(secret: String, email: String, site: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: site + ":" + email, issuer: site)
    }
}
