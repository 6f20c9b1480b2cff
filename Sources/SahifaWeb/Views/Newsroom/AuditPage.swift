/// The audit log (سجل التدقيق) for admins: every editorial action, newest first.
enum AuditPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var rows: [Row]
        var previousHref: String?
        var nextHref: String?
    }

    struct Row: Sendable {
        var when: String
        var who: String
        var action: String
        var articleHref: String?
        var detail: String
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>سجل التدقيق</h1><table class=\"article-list\"><thead><tr><th scope=\"col\">الوقت</th>")
            html.raw(
                "<th scope=\"col\">العضو</th><th scope=\"col\">الإجراء</th><th scope=\"col\">على</th></tr></thead><tbody>"
            )
            for row in model.rows {
                html.raw("<tr><td>")
                html.text(row.when)
                html.raw("</td><td>")
                html.text(row.who)
                html.raw("</td><td>")
                html.text(row.action)
                html.raw("</td><td>")
                if let href = row.articleHref {
                    html.link(href, row.detail)
                } else {
                    html.text(row.detail)
                }
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table>")
            NewsroomLayout.newerOlder(previous: model.previousHref, next: model.nextHref, into: &html)
        }
    }
}
