/// The parts every newsroom form shares: the hidden form token, and fields that show their
/// problem beside them and keep what was typed.
enum NewsroomForm {
    static func tokenField(_ token: String, into html: inout HTMLWriter) {
        html.raw("<input type=\"hidden\" name=\"form_token\"")
        html.attribute("value", token)
        html.raw(">")
    }

    /// A labelled input. `value` is written back (never for passwords); `problem`, when
    /// present, is shown under the field and tied to it for screen readers.
    static func field(
        _ field: Field,
        value: String = "",
        problem: String? = nil,
        into html: inout HTMLWriter
    ) {
        html.raw("<div class=\"field\">")
        html.raw("<label")
        html.attribute("for", field.name)
        html.raw(">")
        html.text(field.label)
        html.raw("</label><input")
        html.attribute("id", field.name)
        html.attribute("name", field.name)
        html.attribute("type", field.type)
        html.attribute("autocomplete", field.autocomplete)
        html.raw(" dir=\"auto\" required")
        if field.type != "password", !value.isEmpty { html.attribute("value", value) }
        closeInput(field.name, problem: problem, into: &html)
    }

    /// A labelled one-line text input with `dir="auto"`, its value kept and its problem
    /// beside it; `list` names a datalist of suggestions.
    static func textField(
        _ name: String, _ label: String, value: String, problem: String?, required: Bool = false, list: String? = nil,
        into html: inout HTMLWriter
    ) {
        html.raw("<div class=\"field\"><label")
        html.attribute("for", name)
        html.raw(">")
        html.text(label)
        html.raw("</label><input type=\"text\" dir=\"auto\"")
        html.attribute("id", name)
        html.attribute("name", name)
        html.attribute("value", value)
        if let list { html.attribute("list", list) }
        if required { html.raw(" required") }
        closeInput(name, problem: problem, into: &html)
    }

    /// Ends an open `<input` with its problem, when there is one, and closes the field.
    static func closeInput(_ name: String, problem: String?, into html: inout HTMLWriter) {
        endInput(name, problem: problem, into: &html)
        html.raw("</div>")
    }

    /// Ends an open `<input` and writes its problem, when there is one, right after it.
    static func endInput(_ name: String, problem: String?, into html: inout HTMLWriter) {
        guard let problem else {
            html.raw(">")
            return
        }
        html.raw(" aria-invalid=\"true\"")
        html.attribute("aria-describedby", name + "-problem")
        html.raw("><p class=\"field-problem\"")
        html.attribute("id", name + "-problem")
        html.raw(">")
        html.text(problem)
        html.raw("</p>")
    }

    /// A message for the whole form (a wrong password, a wait, a success).
    static func notice(_ notice: Notice?, into html: inout HTMLWriter) {
        guard let notice else { return }
        switch notice {
        case .problem(let text):
            html.element("<p class=\"form-notice form-notice-problem\" role=\"alert\">", text, close: "</p>")
        case .done(let text):
            html.element("<p class=\"form-notice form-notice-done\" role=\"status\">", text, close: "</p>")
        }
    }

    enum Notice: Sendable, Hashable {
        case problem(String)
        case done(String)
    }

    struct Field: Sendable {
        var name: String
        var label: String
        var type: String
        var autocomplete: String

        static let email = Field(name: "email", label: "البريد الإلكتروني", type: "email", autocomplete: "email")
        static let setupCode = Field(
            name: "setup_code", label: "رمز الإعداد (من سجل الخادم)", type: "text", autocomplete: "off")
        static let name = Field(
            name: "name", label: "الاسم كما يظهر في غرفة الأخبار", type: "text", autocomplete: "name")
        static let password = Field(
            name: "password", label: "كلمة المرور", type: "password", autocomplete: "current-password")
        static let newPassword = Field(
            name: "password", label: "كلمة المرور الجديدة (١٠ أحرف على الأقل)", type: "password",
            autocomplete: "new-password")
        static let passwordAgain = Field(
            name: "password_again", label: "أعد كتابة كلمة المرور", type: "password", autocomplete: "new-password")
        static let currentPassword = Field(
            name: "current_password", label: "كلمة المرور الحالية", type: "password", autocomplete: "current-password")
    }
}
