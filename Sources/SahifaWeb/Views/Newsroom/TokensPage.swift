import SahifaCore

/// A member's API tokens (مفاتيح الواجهة البرمجية): make one (its secret shown once), see
/// which exist, revoke them.
enum TokensPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        /// The secret of a token just made: shown now and never again.
        var newSecret: String?
        var tokens: [Line]
        /// What was typed when a new token was refused.
        var typedName: String
        var typedDays: String
        var problems: [String: String]
        var notice: NewsroomForm.Notice?
    }

    struct Line: Sendable {
        var id: Int64
        var name: String
        var scopes: String
        var lastUsed: String
        var expiry: String
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>مفاتيح الواجهة البرمجية</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            if let secret = model.newSecret {
                html.raw(
                    "<section class=\"form-notice form-notice-done\"><p>انسخ المفتاح الآن؛ لن يظهر مرة أخرى:</p><p><code dir=\"ltr\" class=\"otp-address\">"
                )
                html.text(secret)
                html.raw(
                    "</code></p><p class=\"hint\">يُرسل في الترويسة <code dir=\"ltr\">Authorization: Bearer …</code>.</p></section>"
                )
            }
            html.raw("<ul class=\"dashboard-list\">")
            for token in model.tokens {
                html.raw("<li>")
                html.text(token.name + " (" + token.scopes + ") · " + token.lastUsed + " · " + token.expiry)
                html.raw("<form method=\"post\" class=\"inline\"")
                html.attribute("action", "/newsroom/tokens/\(token.id)/revoke")
                html.raw(">")
                NewsroomForm.tokenField(model.formToken, into: &html)
                html.raw("<button type=\"submit\">إلغاء المفتاح</button></form></li>")
            }
            html.raw(
                "</ul><section class=\"newsroom-form\"><h2>مفتاح جديد</h2><form method=\"post\" action=\"/newsroom/tokens\">"
            )
            NewsroomForm.tokenField(model.formToken, into: &html)
            NewsroomForm.textField(
                "name", "اسم المفتاح (أين سيُستعمل)", value: model.typedName, problem: model.problems["name"],
                required: true, into: &html)
            html.raw(
                "<div class=\"field\"><label for=\"expires_days\">ينتهي بعد (أيام؛ اتركه فارغاً ليبقى حتى تلغيه)</label><input type=\"number\" id=\"expires_days\" name=\"expires_days\" min=\"1\" max=\"3650\""
            )
            html.attribute("value", model.typedDays)
            NewsroomForm.closeInput("expires_days", problem: model.problems["expires_days"], into: &html)
            html.raw("<fieldset class=\"field\"><legend>الصلاحيات</legend>")
            for scope in TokenScope.allCases {
                html.raw("<label class=\"choice\"><input type=\"checkbox\" name=\"scopes\"")
                html.attribute("value", scope.rawValue)
                if scope == .read { html.raw(" checked") }
                html.raw("> ")
                html.text(scope.arabicName)
                html.raw("</label>")
            }
            if let problem = model.problems["scopes"] {
                html.element("<p class=\"field-problem\">", problem, close: "</p>")
            }
            html.raw("</fieldset><button type=\"submit\">أنشئ المفتاح</button></form></section>")
        }
    }
}
