import SahifaCore

/// The static pages (الصفحات الثابتة) for admins: the list with each page's place in the footer,
/// and the form that writes or edits one.
enum StaticPagesPage {
    struct Model: Sendable {
        var page: AdminPages.Frame
        var pages: [StaticPage]
        /// The page being edited; nil for a new one.
        var editing: Int64?
        var typed: StaticPageDraft
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.page.frame) { html in
            AdminPages.heading("الصفحات الثابتة", model.page, into: &html)
            html.raw("<table class=\"article-list\"><thead><tr><th scope=\"col\">العنوان</th>")
            html.raw("<th scope=\"col\">الرابط</th><th scope=\"col\">في التذييل</th><th scope=\"col\">الحالة</th>")
            html.raw("</tr></thead><tbody>")
            for page in model.pages {
                html.raw("<tr><td>")
                html.link("/newsroom/admin/pages/\(page.id)", page.title)
                html.raw("</td><td dir=\"ltr\">")
                html.text(page.path)
                html.raw("</td><td>")
                html.text(page.menuPosition.map(String.init) ?? "—")
                html.raw("</td><td>")
                html.text(page.isPublished ? "منشورة" : "مسودة")
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table><section class=\"newsroom-form\">")
            html.element("<h2>", model.editing == nil ? "صفحة جديدة" : "تعديل الصفحة", close: "</h2>")
            html.raw("<form method=\"post\"")
            html.attribute("action", model.editing.map { "/newsroom/admin/pages/\($0)" } ?? "/newsroom/admin/pages")
            html.raw(">")
            NewsroomForm.tokenField(model.page.formToken, into: &html)
            let problems = model.page.problems
            NewsroomForm.textField(
                "title", "العنوان", value: model.typed.title, problem: problems["title"], required: true, into: &html)
            NewsroomForm.textField(
                "slug", "الرابط بعد ‎/pages/‎ (يُصنع من العنوان إن تُرك فارغاً)", value: model.typed.slug,
                problem: problems["slug"], into: &html)
            html.raw("<div class=\"field\"><label for=\"body\">النص</label>")
            html.raw("<textarea id=\"body\" name=\"body\" rows=\"14\" dir=\"auto\"")
            if let problem = problems["body"] {
                html.raw(" aria-invalid=\"true\" aria-describedby=\"body-problem\">")
                html.text(model.typed.bodyMarkdown)
                html.raw("</textarea><p class=\"field-problem\" id=\"body-problem\">")
                html.text(problem)
                html.raw("</p></div>")
            } else {
                html.raw(">")
                html.text(model.typed.bodyMarkdown)
                html.raw("</textarea></div>")
            }
            html.raw(
                "<div class=\"field\"><label for=\"menu_position\">ترتيبها في تذييل الموقع (فارغ: لا تظهر فيه)</label>")
            html.raw("<input type=\"number\" id=\"menu_position\" name=\"menu_position\" min=\"1\" max=\"1000\"")
            html.attribute("value", model.typed.menuPosition.map(String.init) ?? "")
            NewsroomForm.closeInput("menu_position", problem: problems["menu_position"], into: &html)
            html.raw("<div class=\"field\"><label><input type=\"checkbox\" name=\"published\" value=\"1\"")
            if model.typed.isPublished { html.raw(" checked") }
            html.raw("> منشورة للقراء</label></div><button type=\"submit\">احفظ الصفحة</button></form></section>")
        }
    }
}
