/// The newsroom's front page (لوحة التحرير): the member's drafts, what waits for review,
/// what is scheduled, and what went out last.
enum DashboardPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var greeting: String
        var lists: [List]
        /// For admins: how the site's backups stand.
        var backups: Status?
    }

    struct Status: Sendable {
        var text: String
        var href: String
        var isProblem: Bool
    }

    struct List: Sendable {
        var id: String
        var title: String
        var emptyText: String
        var lines: [Line]
    }

    struct Line: Sendable {
        var headline: String
        var href: String
        var sectionName: String
        var when: String
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.element("<h1>", model.greeting, close: "</h1>\n")
            if let backups = model.backups {
                html.raw(
                    backups.isProblem
                        ? "<p class=\"form-notice form-notice-problem\" id=\"backups\">"
                        : "<p class=\"form-notice\" id=\"backups\">")
                html.link(backups.href, backups.text)
                html.raw("</p>\n")
            }
            html.raw("<div class=\"dashboard\">")
            for list in model.lists {
                html.raw("<section class=\"dashboard-list\"")
                html.attribute("aria-labelledby", list.id)
                html.raw("><h2")
                html.attribute("id", list.id)
                html.raw(">")
                html.text(list.title)
                html.raw("</h2>")
                if list.lines.isEmpty {
                    html.element("<p class=\"empty\">", list.emptyText, close: "</p>")
                } else {
                    html.raw("<ul>")
                    for line in list.lines {
                        html.raw("<li>")
                        html.link(line.href, line.headline)
                        html.raw(" <span class=\"meta\">")
                        html.text(line.sectionName + " · " + line.when)
                        html.raw("</span></li>")
                    }
                    html.raw("</ul>")
                }
                html.raw("</section>")
            }
            html.raw("</div>\n")
        }
    }
}
