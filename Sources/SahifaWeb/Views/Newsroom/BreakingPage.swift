/// The breaking-news desk (عاجل): a form for a new ticker line and the lines on air now,
/// each with a button to end it early.
enum BreakingPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var text: String
        var articleID: String
        var lasting: String
        var problems: [String: String]
        var notice: NewsroomForm.Notice?
        var live: [LiveLine]
    }

    struct LiveLine: Sendable {
        var text: String
        var until: String
        var endAction: String
    }

    /// How long a line stays up: (minutes as sent, label); "0" is until ended.
    static let durations: [(String, String)] = [
        ("30", "نصف ساعة"), ("60", "ساعة"), ("180", "ثلاث ساعات"), ("360", "ست ساعات"), ("1440", "يوم"),
        ("0", "حتى أنهيه"),
    ]

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>عاجل</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw(
                "<section class=\"newsroom-form\"><h2>سطر جديد على شريط عاجل</h2><form method=\"post\" action=\"/newsroom/breaking\">"
            )
            NewsroomForm.tokenField(model.formToken, into: &html)
            NewsroomForm.textField("text", "النص", value: model.text, problem: model.problems["text"], into: &html)
            NewsroomForm.textField(
                "article", "رقم الخبر المرتبط (اختياري)", value: model.articleID, problem: model.problems["article"],
                into: &html
            )
            html.raw(
                "<div class=\"field\"><label for=\"lasting\">المدة</label><select id=\"lasting\" name=\"lasting\">")
            for (value, label) in durations {
                html.raw("<option")
                html.attribute("value", value)
                if value == model.lasting { html.raw(" selected") }
                html.raw(">")
                html.text(label)
                html.raw("</option>")
            }
            html.raw("</select></div><button type=\"submit\">انشر على الشريط</button></form></section>")
            html.raw(
                "<section class=\"dashboard-list\" aria-labelledby=\"live-title\"><h2 id=\"live-title\">على الشريط الآن</h2>"
            )
            if model.live.isEmpty {
                html.raw("<p class=\"empty\">لا شيء على الشريط الآن.</p>")
            } else {
                html.raw("<ul>")
                for line in model.live {
                    html.raw("<li>")
                    html.text(line.text)
                    html.raw(" <span class=\"meta\">")
                    html.text(line.until)
                    html.raw("</span><form method=\"post\" class=\"inline\"")
                    html.attribute("action", line.endAction)
                    html.raw(">")
                    NewsroomForm.tokenField(model.formToken, into: &html)
                    html.raw("<button type=\"submit\">إنهاء الآن</button></form></li>")
                }
                html.raw("</ul>")
            }
            html.raw("</section>")
        }
    }
}
