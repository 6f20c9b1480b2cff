import SahifaCore

/// An article's saved versions (النسخ): the list, a comparison of two, or one version's
/// words with a button to bring them back.
enum RevisionsPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var articleHref: String
        var headline: String
        var entries: [Entry]
        var comparison: Comparison?
        var shown: Shown?
    }

    struct Entry: Sendable {
        var number: String
        var rawNumber: Int
        var savedAt: String
        var headline: String
        var href: String
        var isCurrent: Bool
    }

    struct Comparison: Sendable {
        var title: String
        var lines: [TextDiff.Line]
    }

    struct Shown: Sendable {
        var title: String
        var revision: ArticleRevision
        /// Where the restore form posts; nil when it is the current version or the member may not edit.
        var restoreAction: String?
        var currentRevision: Int
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.element("<h1>", "نسخ الخبر: " + model.headline, close: "</h1>\n")
            html.raw("<p>")
            html.link(model.articleHref, "العودة إلى المحرر")
            html.raw("</p>")
            if let shown = model.shown { self.shown(shown, model, into: &html) }
            if let comparison = model.comparison { self.comparison(comparison, into: &html) }
            list(model, into: &html)
        }
    }

    private static func list(_ model: Model, into html: inout HTMLWriter) {
        html.raw(
            "<form method=\"get\" class=\"revisions\"><table><thead><tr><th scope=\"col\">من</th><th scope=\"col\">إلى</th>"
        )
        html.raw(
            "<th scope=\"col\">النسخة</th><th scope=\"col\">حُفظت</th><th scope=\"col\">العنوان</th></tr></thead><tbody>"
        )
        for (position, entry) in model.entries.enumerated() {
            html.raw("<tr><td><input type=\"radio\" name=\"from\"")
            html.attribute("value", String(entry.rawNumber))
            html.attribute("aria-label", "قارن من النسخة " + entry.number)
            if position == 1 { html.raw(" checked") }
            html.raw("></td><td><input type=\"radio\" name=\"to\"")
            html.attribute("value", String(entry.rawNumber))
            html.attribute("aria-label", "إلى النسخة " + entry.number)
            if position == 0 { html.raw(" checked") }
            html.raw("></td><td>")
            html.link(entry.href, entry.number + (entry.isCurrent ? " (الحالية)" : ""))
            html.raw("</td><td>")
            html.text(entry.savedAt)
            html.raw("</td><td>")
            html.text(entry.headline)
            html.raw("</td></tr>")
        }
        html.raw("</tbody></table><button type=\"submit\">قارن النسختين</button></form>")
    }

    private static func comparison(_ comparison: Comparison, into html: inout HTMLWriter) {
        html.raw("<section class=\"diff\" aria-labelledby=\"diff-title\"><h2 id=\"diff-title\">")
        html.text(comparison.title)
        html.raw("</h2><ol class=\"diff-lines\">")
        for line in comparison.lines {
            switch line {
            case .same(let text):
                html.element("<li class=\"same\" dir=\"auto\">", text, close: "</li>")
            case .removed(let text):
                html.element(
                    "<li class=\"removed\" dir=\"auto\"><span class=\"visually-hidden\">حُذف: </span><del>", text,
                    close: "</del></li>")
            case .added(let text):
                html.element(
                    "<li class=\"added\" dir=\"auto\"><span class=\"visually-hidden\">أضيف: </span><ins>", text,
                    close: "</ins></li>")
            }
        }
        html.raw("</ol></section>")
    }

    private static func shown(_ shown: Shown, _ model: Model, into html: inout HTMLWriter) {
        html.raw("<section class=\"revision\" aria-labelledby=\"revision-title\"><h2 id=\"revision-title\">")
        html.text(shown.title)
        html.raw("</h2>")
        if !shown.revision.kicker.isEmpty { html.element("<p class=\"kicker\">", shown.revision.kicker, close: "</p>") }
        html.element("<p class=\"headline\"><strong>", shown.revision.headline, close: "</strong></p>")
        if !shown.revision.summary.isEmpty {
            html.element("<p class=\"summary\">", shown.revision.summary, close: "</p>")
        }
        html.element("<pre dir=\"auto\">", shown.revision.bodyMarkdown, close: "</pre>")
        if let action = shown.restoreAction {
            html.raw("<form method=\"post\"")
            html.attribute("action", action)
            html.raw(">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<input type=\"hidden\" name=\"revision\"")
            html.attribute("value", String(shown.currentRevision))
            html.raw("><button type=\"submit\">استعادة هذه النسخة</button>")
            html.raw("<p class=\"hint\">تُحفظ نسخة جديدة بهذه الكلمات، وتبقى كل النسخ السابقة.</p></form>")
        }
        html.raw("</section>")
    }
}
