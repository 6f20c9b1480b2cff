import ArabicText
import SahifaCore

/// The admin's pages (الإدارة): accounts and roles, sections, and site settings.
enum AdminPages {
    struct Frame: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var notice: NewsroomForm.Notice?
        var problems: [String: String]
    }

    struct NewAccountFields: Sendable {
        var email = ""
        var name = ""
        var role = Role.writer
    }

    static func accounts(_ page: Frame, accounts: [Account], typed: NewAccountFields) -> [UInt8] {
        NewsroomLayout.page(page.frame) { html in
            heading("الحسابات والأدوار", page, into: &html)
            html.raw(
                "<table class=\"article-list\"><thead><tr><th scope=\"col\">الاسم</th><th scope=\"col\">البريد</th>")
            html.raw("<th scope=\"col\">الدور</th><th scope=\"col\">كلمة المرور</th></tr></thead><tbody>")
            for account in accounts {
                html.raw("<tr><td>")
                html.text(account.name)
                html.raw("</td><td dir=\"ltr\">")
                html.text(account.email)
                html.raw("</td><td><form method=\"post\" class=\"inline\"")
                html.attribute("action", "/newsroom/admin/accounts/\(account.id)/role")
                html.raw(">")
                NewsroomForm.tokenField(page.formToken, into: &html)
                roleSelect(account.role, label: "دور " + account.name, into: &html)
                html.raw(" <button type=\"submit\">غيّر</button></form></td><td>")
                passwordForm(for: account, page, into: &html)
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table><section class=\"newsroom-form\"><h2>حساب جديد</h2>")
            html.raw("<form method=\"post\" action=\"/newsroom/admin/accounts\">")
            NewsroomForm.tokenField(page.formToken, into: &html)
            NewsroomForm.field(.name, value: typed.name, problem: page.problems["name"], into: &html)
            NewsroomForm.field(.email, value: typed.email, problem: page.problems["email"], into: &html)
            html.raw("<div class=\"field\"><label for=\"role\">الدور</label>")
            roleSelect(typed.role, label: nil, into: &html)
            html.raw("</div>")
            NewsroomForm.field(.newPassword, problem: page.problems["password"], into: &html)
            html.raw("<button type=\"submit\">أنشئ الحساب</button></form></section>")
        }
    }

    /// The name under which a problem with the password typed for `account` is placed.
    static func passwordField(of account: AccountID) -> String { "password-\(account)" }

    /// A new password for one member, set by the admin; the problem, if any, right after it.
    private static func passwordForm(for account: Account, _ page: Frame, into html: inout HTMLWriter) {
        let name = passwordField(of: account.id)
        html.raw("<form method=\"post\" class=\"inline\"")
        html.attribute("action", "/newsroom/admin/accounts/\(account.id)/password")
        html.raw(">")
        NewsroomForm.tokenField(page.formToken, into: &html)
        html.raw("<input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"10\"")
        html.attribute("aria-label", "كلمة مرور جديدة لـ" + account.name)
        NewsroomForm.endInput(name, problem: page.problems[name], into: &html)
        html.raw(" <button type=\"submit\">عيّن</button></form>")
    }

    static func sections(_ page: Frame, sections: [Section]) -> [UInt8] {
        NewsroomLayout.page(page.frame) { html in
            heading("الأقسام", page, into: &html)
            html.raw("<ul class=\"dashboard-list admin-sections\">")
            for section in sections {
                html.raw("<li><form method=\"post\"")
                html.attribute("action", "/newsroom/admin/sections/" + section.slug)
                html.raw(">")
                NewsroomForm.tokenField(page.formToken, into: &html)
                html.raw("<code dir=\"ltr\">/")
                html.text(section.slug)
                html.raw("</code> <input type=\"text\" name=\"name\" dir=\"auto\" required")
                html.attribute("value", section.name)
                html.attribute("aria-label", "اسم القسم " + section.slug)
                html.raw("> <input type=\"number\" name=\"position\" min=\"1\"")
                html.attribute("value", String(section.position))
                html.attribute("aria-label", "ترتيب القسم " + section.slug)
                html.raw("> <button type=\"submit\">احفظ</button></form></li>")
            }
            html.raw(
                "</ul><section class=\"newsroom-form\"><h2>قسم جديد</h2><form method=\"post\" action=\"/newsroom/admin/sections\">"
            )
            NewsroomForm.tokenField(page.formToken, into: &html)
            NewsroomForm.textField(
                "slug", "المعرّف في الرابط (حروف لاتينية صغيرة وأرقام وشرطات)", value: "",
                problem: page.problems["slug"], required: true, into: &html)
            NewsroomForm.textField(
                "name", "الاسم", value: "", problem: page.problems["name"], required: true, into: &html)
            html.raw("<button type=\"submit\">أضف القسم</button></form></section>")
        }
    }

    static func settings(_ page: Frame, settings: SiteSettings, pictures: [MediaAsset]) -> [UInt8] {
        NewsroomLayout.page(page.frame) { html in
            heading("إعدادات الموقع", page, into: &html)
            html.raw("<section class=\"newsroom-form\"><form method=\"post\" action=\"/newsroom/admin/settings\">")
            NewsroomForm.tokenField(page.formToken, into: &html)
            NewsroomForm.textField(
                "name", "اسم الموقع", value: settings.name, problem: page.problems["name"], required: true, into: &html)
            NewsroomForm.textField("tagline", "الشعار", value: settings.tagline, problem: nil, into: &html)
            NewsroomForm.textField("copyright", "سطر حقوق النشر", value: settings.copyright, problem: nil, into: &html)
            NewsroomForm.textField(
                "time_zone", "المنطقة الزمنية (مثل Asia/Riyadh)", value: settings.timeZoneIdentifier,
                problem: page.problems["time_zone"], required: true, into: &html
            )
            html.raw("<div class=\"field\"><label for=\"digits\">الأرقام</label><select id=\"digits\" name=\"digits\">")
            for (value, label) in [(DigitStyle.arabicIndic, "هندية (٠١٢)"), (.western, "عربية غربية (012)")] {
                html.raw("<option")
                html.attribute("value", value.rawValue)
                if value == settings.digits { html.raw(" selected") }
                html.raw(">")
                html.text(label)
                html.raw("</option>")
            }
            html.raw(
                "</select></div><div class=\"field\"><label for=\"logo\">الشعار (من مكتبة الوسائط)</label><select id=\"logo\" name=\"logo\"><option value=\"\">اسم الموقع نصاً</option>"
            )
            for picture in pictures {
                html.raw("<option")
                html.attribute("value", picture.hash)
                if picture.hash == settings.logo?.hash { html.raw(" selected") }
                html.raw(">")
                html.text(picture.alt)
                html.raw("</option>")
            }
            html.raw("</select></div><fieldset class=\"field\"><legend>تابعونا على (روابط https)</legend>")
            for network in SocialNetwork.allCases {
                let name = "social_" + network.rawValue
                NewsroomForm.textField(
                    name, network.arabicName, value: settings.socialLinks.first { $0.network == network }?.url ?? "",
                    problem: page.problems[name], into: &html
                )
            }
            html.raw("</fieldset><button type=\"submit\">احفظ الإعدادات</button></form></section>")
        }
    }

    static func heading(_ title: String, _ page: Frame, into html: inout HTMLWriter) {
        html.element("<h1>", title, close: "</h1>")
        html.raw(
            "<nav class=\"admin-tabs\" aria-label=\"الإدارة\"><a href=\"/newsroom/admin/accounts\">الحسابات</a> · ")
        html.raw(
            "<a href=\"/newsroom/admin/sections\">الأقسام</a> · <a href=\"/newsroom/admin/settings\">الإعدادات</a> · "
        )
        html.raw("<a href=\"/newsroom/admin/pages\">الصفحات الثابتة</a> · ")
        html.raw("<a href=\"/newsroom/admin/redirects\">التحويلات</a> · ")
        html.raw("<a href=\"/newsroom/admin/backups\">النسخ الاحتياطي</a></nav>")
        NewsroomForm.notice(page.notice, into: &html)
    }

    private static func roleSelect(_ selected: Role, label: String?, into html: inout HTMLWriter) {
        html.raw("<select name=\"role\"")
        if let label { html.attribute("aria-label", label) } else { html.raw(" id=\"role\"") }
        html.raw(">")
        for role in Role.allCases {
            html.raw("<option")
            html.attribute("value", role.rawValue)
            if role == selected { html.raw(" selected") }
            html.raw(">")
            html.text(role.arabicName)
            html.raw("</option>")
        }
        html.raw("</select>")
    }
}
