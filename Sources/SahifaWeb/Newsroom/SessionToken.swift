import Crypto
import Foundation
import SahifaStore

/// The random secrets of signing in: the session cookie's token and the forms' token. Only
/// the SHA-256 of a session token is stored.
enum SessionToken {
    static let cookieName = "sahifa_session"
    /// Carries the form token for forms shown before signing in (the sign-in and first-run
    /// forms): the page puts the same value in a hidden field, and a post from another site
    /// cannot read the cookie to copy it.
    static let formCookieName = "sahifa_form"
    static let formFieldName = "form_token"

    /// 32 random bytes as URL-safe base64: valid in a cookie and a form field as is.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String {
        Hexadecimal.string(of: SHA256.hash(data: Data(token.utf8)))
    }

    /// Compares in time that does not depend on where the strings differ.
    static func matches(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8)
        let b = Array(b.utf8)
        guard a.count == b.count, !a.isEmpty else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
