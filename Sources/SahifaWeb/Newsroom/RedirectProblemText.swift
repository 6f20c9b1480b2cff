import SahifaCore

/// What the redirect form says beside each field when a redirect is refused.
enum RedirectProblemText {
    static func byField(_ problems: [InvalidRedirect.Problem]) -> [String: String] {
        var text: [String: String] = [:]
        for problem in problems {
            switch problem {
            case .fromInvalid: text["from"] = "اكتب مساراً يبدأ بـ / غير الصفحة الرئيسية، مثل ‎/old-story/‎."
            case .fromServedHere: text["from"] = "يخدم الموقع هذا العنوان بنفسه، فلا يُحوَّل."
            case .fromTaken: text["from"] = "يوجد تحويل من هذا العنوان؛ احذفه أولاً لتغييره."
            case .toInvalid: text["to"] = "اكتب مساراً في الموقع يبدأ بـ / أو رابطاً كاملاً يبدأ بـ https://"
            case .loops: text["to"] = "هذا هو العنوان القديم نفسه؛ سيدور القارئ في حلقة."
            case .chains: text["to"] = "هذا العنوان يحوّل بدوره؛ اكتب عنوان الصفحة الأخيرة مباشرة."
            }
        }
        return text
    }
}
