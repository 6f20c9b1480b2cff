/// The newsroom's list of every article (كل الأخبار), narrowed by status, section, author
/// and words of the headline.
enum ArticleListPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var filters: [Filter]
        var text: String
        var countLine: String
        var lines: [DashboardPage.Line]
        var statusNames: [String]
        var previousHref: String?
        var nextHref: String?
    }

    struct Filter: Sendable {
        var name: String
        var label: String
        var options: [(value: String, label: String)]
        var selected: String
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>كل الأخبار</h1><form method=\"get\" action=\"/newsroom/articles\" class=\"filters\">")
            for filter in model.filters {
                html.raw("<label>")
                html.text(filter.label)
                html.raw(" <select")
                html.attribute("name", filter.name)
                html.raw("><option value=\"\">الكل</option>")
                for option in filter.options {
                    html.raw("<option")
                    html.attribute("value", option.value)
                    if option.value == filter.selected { html.raw(" selected") }
                    html.raw(">")
                    html.text(option.label)
                    html.raw("</option>")
                }
                html.raw("</select></label> ")
            }
            html.raw("<label>في العنوان <input type=\"search\" name=\"q\" dir=\"auto\"")
            html.attribute("value", model.text)
            html.raw("></label> <button type=\"submit\">اعرض</button></form>")
            html.element("<p class=\"count\">", model.countLine, close: "</p>")
            html.raw(
                "<table class=\"article-list\"><thead><tr><th scope=\"col\">العنوان</th><th scope=\"col\">الحالة</th>")
            html.raw("<th scope=\"col\">القسم</th><th scope=\"col\">آخر تعديل</th></tr></thead><tbody>")
            for (line, status) in zip(model.lines, model.statusNames) {
                html.raw("<tr><td>")
                html.link(line.href, line.headline)
                html.raw("</td><td>")
                html.text(status)
                html.raw("</td><td>")
                html.text(line.sectionName)
                html.raw("</td><td>")
                html.text(line.when)
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table>")
            NewsroomLayout.newerOlder(previous: model.previousHref, next: model.nextHref, into: &html)
        }
    }
}
