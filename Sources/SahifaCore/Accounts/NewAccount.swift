import Foundation

/// What an admin (or `sahifa user add`) submits to open an account. The password is checked
/// here and hashed by the caller; it never reaches the store.
public struct NewAccount: Sendable, Hashable {
    public var email: String
    public var name: String
    public var role: Role
    public var password: String

    public init(email: String, name: String, role: Role, password: String) {
        self.email = email
        self.name = name
        self.role = role
        self.password = password
    }

    /// The e-mail as it is stored and compared: trimmed and lower-cased.
    public var normalizedEmail: String { Self.normalized(email: email) }

    /// An e-mail as accounts store and compare it: trimmed and lower-cased.
    public static func normalized(email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Every problem with the submission, so the form can show them all at once.
    /// - Throws: `InvalidAccount` listing each problem with its field.
    public func validate() throws(InvalidAccount) {
        var problems: [AccountValidationError] = []
        if !Self.looksLikeEmail(normalizedEmail) { problems.append(.emailInvalid) }
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(.nameMissing) }
        if name.count > Self.nameLimit { problems.append(.nameTooLong(limit: Self.nameLimit)) }
        if let problem = Self.passwordProblem(password) { problems.append(problem) }
        if !problems.isEmpty { throw InvalidAccount(problems: problems) }
    }

    public static let nameLimit = 120

    /// Long enough to resist guessing; no rule about character classes, which only makes
    /// people write passwords down. Counted in characters, Arabic or Latin alike; the hasher
    /// keeps every one of them (see `PasswordHasher`). The cap is ASVS's 128.
    public static let passwordLength = 10...128

    /// Why `password` cannot be used, if it cannot.
    public static func passwordProblem(_ password: String) -> AccountValidationError? {
        if password.count < passwordLength.lowerBound { return .passwordTooShort(minimum: passwordLength.lowerBound) }
        if password.count > passwordLength.upperBound { return .passwordTooLong(limit: passwordLength.upperBound) }
        return nil
    }

    /// One @ with something on each side and a dot in the domain: enough to catch a typo
    /// without refusing a real address.
    static func looksLikeEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, email.count <= 254 else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
            && !email.contains(where: \.isWhitespace)
    }
}
