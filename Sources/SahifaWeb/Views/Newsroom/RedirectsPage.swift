import SahifaCore

/// The redirect manager (التحويلات) for admins: search the old addresses, see how many readers
/// each sent on, add one, remove one.
enum RedirectsPage {
    struct Model: Sendable {
        var page: AdminPages.Frame
        var redirects: Page<Redirect>
        var search: String
        /// What the admin typed in the add form, kept when it is refused.
        var typed: RedirectDraft
        var previousHref: String?
        var nextHref: String?
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.page.frame) { html in
            AdminPages.heading("التحويلات من العناوين القديمة", model.page, into: &html)
            html.raw("<form method=\"get\" action=\"/newsroom/admin/redirects\" class=\"inline\" role=\"search\">")
            html.raw(
                "<label for=\"q\">ابحث في العناوين</label> <input type=\"search\" id=\"q\" name=\"q\" dir=\"auto\"")
            html.attribute("value", model.search)
            html.raw("> <button type=\"submit\">ابحث</button></form>")
            html.element("<p>", "عدد التحويلات: \(model.redirects.totalCount)", close: "</p>")
            html.raw("<table class=\"article-list\"><thead><tr><th scope=\"col\">العنوان القديم</th>")
            html.raw("<th scope=\"col\">يحوّل إلى</th><th scope=\"col\">الزيارات</th><th scope=\"col\">المصدر</th>")
            html.raw("<th scope=\"col\"><span class=\"visually-hidden\">حذف</span></th></tr></thead><tbody>")
            for redirect in model.redirects.items {
                html.raw("<tr><td dir=\"ltr\"><code>")
                html.text(redirect.from)
                html.raw("</code></td><td dir=\"ltr\">")
                if redirect.to.isEmpty { html.text("(أُزيل: 410)") } else { html.text(redirect.to) }
                html.raw("</td><td>")
                html.text(String(redirect.hits))
                html.raw("</td><td>")
                html.text(redirect.origin == "import" ? "استيراد" : "غرفة الأخبار")
                html.raw("</td><td><form method=\"post\" class=\"inline\"")
                html.attribute("action", "/newsroom/admin/redirects/\(redirect.id)/remove")
                html.raw(">")
                NewsroomForm.tokenField(model.page.formToken, into: &html)
                html.raw("<button type=\"submit\"")
                html.attribute("aria-label", "احذف التحويل من " + redirect.from)
                html.raw(">احذف</button></form></td></tr>")
            }
            html.raw("</tbody></table>")
            NewsroomLayout.newerOlder(previous: model.previousHref, next: model.nextHref, into: &html)
            html.raw("<section class=\"newsroom-form\"><h2>تحويل جديد</h2>")
            html.raw("<form method=\"post\" action=\"/newsroom/admin/redirects\">")
            NewsroomForm.tokenField(model.page.formToken, into: &html)
            NewsroomForm.textField(
                "from", "العنوان القديم (مسار يبدأ بـ /)", value: model.typed.from,
                problem: model.page.problems["from"],
                required: true, into: &html)
            NewsroomForm.textField(
                "to", "يحوّل إلى (مسار في الموقع أو رابط كامل)", value: model.typed.to,
                problem: model.page.problems["to"], required: true, into: &html)
            html.raw("<button type=\"submit\">أضف التحويل</button></form></section>")
        }
    }
}
