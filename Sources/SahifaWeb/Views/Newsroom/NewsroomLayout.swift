/// The frame of every newsroom page: Arabic, right to left, the site's stylesheet, a bar
/// with the member's name and the way out, and nothing loaded from another host.
enum NewsroomLayout {
    struct Frame: Sendable {
        var title: String
        var stylesheetHref: String
        var iconHref: String
        var scriptHref: String
        /// The structured body editor (Editor/, bundled), on the pages that edit a body.
        var editorScriptHref: String? = nil
        /// The signed-in member, with the form token the sign-out button posts.
        var member: Member?
    }

    struct Member: Sendable {
        var name: String
        var roleName: String
        var formToken: String
        var mayPostBreakingNews: Bool
        var mayReadAuditLog: Bool
    }

    static func page(_ frame: Frame, main: (inout HTMLWriter) -> Void) -> [UInt8] {
        var html = HTMLWriter(capacity: 8 * 1024)
        html.raw("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"robots\" content=\"noindex\">\n")
        html.element("<title>", frame.title + " | غرفة الأخبار", close: "</title>\n")
        html.raw("<link rel=\"stylesheet\"")
        html.attribute("href", frame.stylesheetHref)
        html.raw(">\n<link rel=\"icon\" type=\"image/svg+xml\"")
        html.attribute("href", frame.iconHref)
        html.raw(">\n<script defer")
        html.attribute("src", frame.scriptHref)
        if let editor = frame.editorScriptHref {
            html.raw("></script>\n<script defer")
            html.attribute("src", editor)
        }
        html.raw(
            "></script>\n</head>\n<body class=\"newsroom\">\n<a class=\"skip-link\" href=\"#main\">انتقل إلى المحتوى</a>\n"
        )
        html.raw(
            "<header class=\"newsroom-bar\"><div class=\"wrap\"><a class=\"newsroom-home\" href=\"/newsroom\">غرفة الأخبار</a>"
        )
        if let member = frame.member {
            html.raw("<nav aria-label=\"غرفة الأخبار\"><ul><li><a href=\"/newsroom\">لوحة التحرير</a></li>")
            html.raw(
                "<li><a href=\"/newsroom/articles\">كل الأخبار</a></li><li><a href=\"/newsroom/articles/new\">خبر جديد</a></li><li><a href=\"/newsroom/media\">مكتبة الوسائط</a></li>"
            )
            if member.mayPostBreakingNews { html.raw("<li><a href=\"/newsroom/breaking\">عاجل</a></li>") }
            if member.mayReadAuditLog {
                html.raw(
                    "<li><a href=\"/newsroom/audit\">سجل التدقيق</a></li><li><a href=\"/newsroom/admin\">الإدارة</a></li>"
                )
            }
            html.raw(
                "<li><a href=\"/newsroom/password\">كلمة المرور</a></li><li><a href=\"/newsroom/second-factor\">التحقق بخطوتين</a></li><li><a href=\"/newsroom/tokens\">مفاتيح API</a></li></ul></nav>"
            )
            html.raw("<p class=\"member\">")
            html.text(member.name)
            html.raw(" <span class=\"role\">(")
            html.text(member.roleName)
            html.raw(")</span></p><form method=\"post\" action=\"/newsroom/logout\" class=\"sign-out\">")
            NewsroomForm.tokenField(member.formToken, into: &html)
            html.raw("<button type=\"submit\">خروج</button></form>")
        }
        html.raw("</div></header>\n<main id=\"main\" tabindex=\"-1\" class=\"wrap\">\n")
        main(&html)
        html.raw("</main>\n</body>\n</html>\n")
        return html.bytes
    }

    /// Links to the newer and older pages of a newsroom list.
    static func newerOlder(previous: String?, next: String?, into html: inout HTMLWriter) {
        html.raw("<nav class=\"pagination\" aria-label=\"الصفحات\">")
        if let previous { html.link(previous, "الأحدث", extra: " rel=\"prev\"") }
        html.raw(" ")
        if let next { html.link(next, "الأقدم", extra: " rel=\"next\"") }
        html.raw("</nav>")
    }
}
