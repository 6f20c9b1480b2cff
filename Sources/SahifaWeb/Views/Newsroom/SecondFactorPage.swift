/// Turning the second factor (التحقق بخطوتين) on or off for one's own account.
enum SecondFactorPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var isOn: Bool
        /// The new secret to add to the app, while the factor is off.
        var newSecret: String?
        var appAddress: String?
        var problems: [String: String]
        var notice: NewsroomForm.Notice?
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<section class=\"newsroom-form\"><h1>التحقق بخطوتين</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw("<form method=\"post\" action=\"/newsroom/second-factor\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            if model.isOn {
                html.raw("<p>التحقق بخطوتين مفعّل لحسابك: يُطلب رمز من تطبيق المصادقة مع كلمة المرور عند كل دخول.</p>")
                html.raw("<input type=\"hidden\" name=\"action\" value=\"off\">")
                NewsroomForm.field(.currentPassword, problem: model.problems["current_password"], into: &html)
                html.raw("<button type=\"submit\">أوقف التحقق بخطوتين</button>")
            } else if let secret = model.newSecret, let address = model.appAddress {
                html.raw(
                    "<p>أضف حسابك إلى تطبيق مصادقة (مثل تطبيقات TOTP على الهاتف) بهذا العنوان أو بالمفتاح، ثم اكتب الرمز الذي يظهر لتأكيد التفعيل.</p>"
                )
                html.raw("<p><code dir=\"ltr\" class=\"otp-address\">")
                html.text(address)
                html.raw(
                    "</code></p><input type=\"hidden\" name=\"action\" value=\"on\"><input type=\"hidden\" name=\"secret\""
                )
                html.attribute("value", secret)
                html.raw(">")
                NewsroomForm.textField(
                    "code", "الرمز من التطبيق", value: "", problem: model.problems["code"], required: true, into: &html)
                html.raw("<button type=\"submit\">فعّل التحقق بخطوتين</button>")
            }
            html.raw("</form></section>")
        }
    }
}
