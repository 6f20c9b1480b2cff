/// One thing wrong with an account form, named for the field to fix.
public enum AccountValidationError: Error, Sendable, Hashable {
    case emailInvalid
    case emailTaken
    case nameMissing
    case nameTooLong(limit: Int)
    case passwordTooShort(minimum: Int)
    case passwordTooLong(limit: Int)
    case passwordsDiffer
    case currentPasswordWrong

    /// The form field this problem belongs beside.
    public var field: AccountField {
        switch self {
        case .emailInvalid, .emailTaken: .email
        case .nameMissing, .nameTooLong: .name
        case .passwordTooShort, .passwordTooLong: .password
        case .passwordsDiffer: .passwordAgain
        case .currentPasswordWrong: .currentPassword
        }
    }
}

/// The fields of the account and password forms.
public enum AccountField: String, Sendable, CaseIterable {
    case email, name, password, passwordAgain, currentPassword
}

/// Every problem found in one account form.
public struct InvalidAccount: Error, Sendable, Hashable {
    public var problems: [AccountValidationError]

    public init(problems: [AccountValidationError]) {
        self.problems = problems
    }
}
