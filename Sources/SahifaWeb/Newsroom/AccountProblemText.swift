import SahifaCore

/// What each account-form problem says beside its field, in the newsroom's Arabic.
enum AccountProblemText {
    static func text(_ problem: AccountValidationError) -> String {
        switch problem {
        case .emailInvalid: "اكتب بريداً إلكترونياً صحيحاً، مثل name@example.com."
        case .emailTaken: "هذا البريد مستخدم لحساب آخر."
        case .nameMissing: "اكتب الاسم."
        case .nameTooLong(let limit): "الاسم أطول من \(limit) حرفاً."
        case .passwordTooShort(let minimum): "كلمة المرور قصيرة: \(minimum) أحرف على الأقل."
        case .passwordTooLong(let limit): "كلمة المرور أطول من \(limit) حرفاً."
        case .passwordsDiffer: "الكلمتان غير متطابقتين."
        case .currentPasswordWrong: "كلمة المرور الحالية غير صحيحة."
        }
    }

    /// The first problem of each field, keyed by field name, for a form to place.
    static func byField(_ problems: [AccountValidationError]) -> [String: String] {
        var byField: [String: String] = [:]
        for problem in problems where byField[problem.field.formName] == nil {
            byField[problem.field.formName] = text(problem)
        }
        return byField
    }
}

extension AccountField {
    /// The name of the form input for this field.
    var formName: String {
        switch self {
        case .email: "email"
        case .name: "name"
        case .password: "password"
        case .passwordAgain: "password_again"
        case .currentPassword: "current_password"
        }
    }
}
