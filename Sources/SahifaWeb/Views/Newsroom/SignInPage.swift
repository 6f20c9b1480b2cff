/// The sign-in form (تسجيل الدخول).
enum SignInPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var email: String
        var returnTo: String
        var notice: NewsroomForm.Notice?
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<section class=\"newsroom-form\"><h1>تسجيل الدخول</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw("<form method=\"post\" action=\"/newsroom/login\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<input type=\"hidden\" name=\"next\"")
            html.attribute("value", model.returnTo)
            html.raw(">")
            NewsroomForm.field(.email, value: model.email, into: &html)
            NewsroomForm.field(.password, into: &html)
            html.raw("<div class=\"field\"><label for=\"code\">رمز التحقق (لمن فعّل التحقق بخطوتين)</label>")
            html.raw(
                "<input id=\"code\" name=\"code\" type=\"text\" inputmode=\"numeric\" autocomplete=\"one-time-code\" dir=\"ltr\" maxlength=\"8\"></div>"
            )
            html.raw("<button type=\"submit\">دخول</button></form></section>\n")
        }
    }
}
