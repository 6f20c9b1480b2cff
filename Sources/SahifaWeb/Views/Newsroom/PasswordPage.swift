/// Changing one's own password (تغيير كلمة المرور).
enum PasswordPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var problems: [String: String]
        var notice: NewsroomForm.Notice?
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<section class=\"newsroom-form\"><h1>تغيير كلمة المرور</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw("<form method=\"post\" action=\"/newsroom/password\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            NewsroomForm.field(.currentPassword, problem: model.problems["current_password"], into: &html)
            NewsroomForm.field(.newPassword, problem: model.problems["password"], into: &html)
            NewsroomForm.field(.passwordAgain, problem: model.problems["password_again"], into: &html)
            html.raw("<p class=\"hint\">يُسجَّل خروجك من كل الأجهزة الأخرى بعد التغيير.</p>")
            html.raw("<button type=\"submit\">حفظ كلمة المرور</button></form></section>\n")
            html.raw("<section class=\"newsroom-form\"><h2>الخروج من كل الأجهزة</h2>")
            html.raw("<p>إن نسيت غرفة الأخبار مفتوحة على جهاز آخر، أنهِ كل جلساتك، هنا أيضاً، ثم ادخل من جديد.</p>")
            html.raw("<form method=\"post\" action=\"/newsroom/logout-everywhere\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<button type=\"submit\">اخرج من كل الأجهزة</button></form></section>\n")
        }
    }
}
