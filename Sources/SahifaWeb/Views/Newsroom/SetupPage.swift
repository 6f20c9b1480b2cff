/// The first-run form: opens the newsroom's first account, an admin (مدير).
enum SetupPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var name: String
        var email: String
        var problems: [String: String]
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<section class=\"newsroom-form\"><h1>أهلاً بك في صحيفة</h1>")
            html.raw("<p>لا يوجد أي حساب بعد. أنشئ حساب المدير الأول، ومنه تضيف بقية أعضاء غرفة الأخبار.</p>")
            html.raw(
                "<p>اكتب رمز الإعداد الذي كتبه الخادم في سجله حين بدأ، ليعرف أن من يفتح الحساب هو من يدير الخادم.</p>")
            html.raw("<form method=\"post\" action=\"/newsroom/setup\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            NewsroomForm.field(.setupCode, problem: model.problems["setup_code"], into: &html)
            NewsroomForm.field(.name, value: model.name, problem: model.problems["name"], into: &html)
            NewsroomForm.field(.email, value: model.email, problem: model.problems["email"], into: &html)
            NewsroomForm.field(.newPassword, problem: model.problems["password"], into: &html)
            NewsroomForm.field(.passwordAgain, problem: model.problems["password_again"], into: &html)
            html.raw("<button type=\"submit\">إنشاء الحساب</button></form></section>\n")
        }
    }
}
