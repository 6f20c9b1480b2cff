import SahifaCore

/// The article editor (محرر الخبر): every field of the article, problems beside their
/// fields, what was typed always kept, a server-rendered preview, and the workflow moves the
/// member's role allows.
enum EditorPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        /// The form's address: `/newsroom/articles/new` or the article's.
        var action: String
        var heading: String
        var statusLine: String?
        var publicHref: String?
        var form: ArticleForm
        var sections: [Section]
        var authors: [Author]
        var pictures: [MediaAsset]
        var problems: [String: [String]]
        var notice: NewsroomForm.Notice?
        /// The version someone else saved meanwhile, shown so nothing is overwritten blindly.
        var otherVersion: Article?
        var preview: TrustedHTML?
        var moves: [WorkflowMove]
        /// Existing tags found in the article's text that it does not carry yet.
        var suggestedTags: [String]
        /// Stories to place as inline "أخبار ذات علاقة" cards: (id, headline).
        var relatedChoices: [(id: Int64, headline: String)]
        /// The article being edited; nil for a new one.
        var articleID: Int64?
        /// A working copy the editor kept on its own and that was never saved.
        var autosave: AutosaveOffer?
    }

    /// The offer to bring back an autosaved working copy, or to let it go.
    struct AutosaveOffer: Sendable {
        /// When it was kept, as the site's clock shows it.
        var savedAt: String
        var restoreHref: String
        var discardAction: String
    }

    /// What a field's counter counts against: the limit a save is refused past, and what
    /// search engines show whole.
    struct Counter: Sendable {
        var limit: Int
        var advice: Int?
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.element("<h1>", model.heading, close: "</h1>\n")
            if let line = model.statusLine {
                html.raw("<p class=\"article-status\">")
                html.text(line)
                html.raw(" · ")
                html.link(model.action + "/revisions", "النسخ السابقة")
                if let href = model.publicHref {
                    html.raw(" · ")
                    html.link(href, "عرض في الموقع")
                }
                html.raw("</p>")
            }
            NewsroomForm.notice(model.notice, into: &html)
            if let offer = model.autosave { autosaveOffer(offer, model, into: &html) }
            if let other = model.otherVersion { otherVersion(other, into: &html) }
            editorForm(model, into: &html)
            helpers(model, into: &html)
            if let preview = model.preview {
                html.raw(
                    "<section class=\"preview\" aria-labelledby=\"preview-title\"><h2 id=\"preview-title\">معاينة</h2>")
                html.raw("<div class=\"article-body\">")
                html.trusted(preview)
                html.raw("</div></section>")
            }
            if !model.moves.isEmpty { workflow(model, into: &html) }
        }
    }

    private static func editorForm(_ model: Model, into html: inout HTMLWriter) {
        let form = model.form
        html.raw("<form method=\"post\" class=\"editor\"")
        html.attribute("action", model.action)
        // For the editor's script: where the writing desk answers, and what it is writing.
        html.attribute("data-desk", "/newsroom/desk")
        if let id = model.articleID { html.attribute("data-article", String(id)) }
        if let revision = form.revision { html.attribute("data-revision", String(revision)) }
        html.raw(">")
        NewsroomForm.tokenField(model.formToken, into: &html)
        if let revision = form.revision {
            html.raw("<input type=\"hidden\" name=\"revision\"")
            html.attribute("value", String(revision))
            html.raw(">")
        }
        input(
            "kicker", "العنوان الفرعي العلوي", form.kicker, model, counter: Counter(limit: ArticleDraft.kickerLimit),
            into: &html)
        input(
            "headline", "العنوان", form.headline, model, required: true,
            counter: Counter(limit: ArticleDraft.headlineLimit, advice: SearchLengthAdvice.headline), into: &html)
        textarea(
            "summary", "الموجز", form.summary, rows: 3, model,
            counter: Counter(limit: ArticleDraft.summaryLimit, advice: SearchLengthAdvice.summary), into: &html)
        select(model, into: &html)
        authors(model, into: &html)
        input("tags", "الوسوم (تفصل بينها فاصلة)", form.tags, model, into: &html)
        pictures(model, into: &html)
        textarea(
            "body", "النص (Markdown: ## عنوان فرعي، [[related:رقم]] لبطاقة خبر ذي علاقة)", form.body, rows: 18, model,
            into: &html)
        open("embargo", "حظر النشر حتى (بتوقيت الموقع، اختياري)", model, into: &html)
        html.raw("<input type=\"datetime-local\" id=\"embargo\" name=\"embargo\"")
        html.attribute("value", form.embargo)
        describedBy("embargo", model, into: &html)
        html.raw(">")
        problems("embargo", model, into: &html)
        html.raw("</div>")
        textarea(
            "correction", "ملاحظة تصحيح تظهر للقراء مع وقتها (للخبر المنشور)", form.correction, rows: 2, model,
            into: &html)
        html.raw("<details class=\"seo\"><summary>الرابط ومحركات البحث</summary>")
        input("slug", "الرابط المختصر", form.slug, model, into: &html)
        input(
            "seo_title", "عنوان محركات البحث", form.seoTitle, model,
            counter: Counter(limit: ArticleDraft.seoTitleLimit, advice: SearchLengthAdvice.seoTitle), into: &html)
        textarea(
            "seo_description", "وصف محركات البحث", form.seoDescription, rows: 2, model,
            counter: Counter(limit: ArticleDraft.seoDescriptionLimit, advice: SearchLengthAdvice.seoDescription),
            into: &html)
        html.raw("</details>")
        html.raw("<div class=\"field field-check\"><label><input type=\"checkbox\" name=\"featured\" value=\"1\"")
        if form.isFeatured { html.raw(" checked") }
        html.raw("> خبر رئيسي في الصفحة الأولى</label></div>")
        html.raw("<div class=\"editor-actions\"><button type=\"submit\" name=\"action\" value=\"save\">حفظ</button>")
        html.raw(
            "<button type=\"submit\" name=\"action\" value=\"preview\" class=\"secondary\">معاينة دون حفظ</button></div>"
        )
        html.raw("</form>")
    }

    /// Suggested tags and related stories, each with a button (newsroom.js) and, without
    /// JavaScript, the text to type.
    private static func helpers(_ model: Model, into html: inout HTMLWriter) {
        if !model.suggestedTags.isEmpty {
            html.raw(
                "<section class=\"helpers\" aria-labelledby=\"tag-ideas\"><h2 id=\"tag-ideas\">وسوم مقترحة من النص</h2><ul>"
            )
            for tag in model.suggestedTags {
                html.raw("<li><button type=\"button\"")
                html.attribute("data-add-tag", tag)
                html.raw(">")
                html.text("+ " + tag)
                html.raw("</button></li>")
            }
            html.raw("</ul></section>")
        }
        if !model.relatedChoices.isEmpty {
            html.raw(
                "<section class=\"helpers\" aria-labelledby=\"card-ideas\"><h2 id=\"card-ideas\">بطاقات «أخبار ذات علاقة»</h2>"
            )
            html.raw("<p class=\"hint\">ضع البطاقة بين فقرتين بسطر مستقل، أو بالزر عند موضع المؤشر في النص.</p><ul>")
            for choice in model.relatedChoices {
                let directive = "[[related:\(choice.id)]]"
                html.raw("<li>")
                html.text(choice.headline)
                html.raw(" <code dir=\"ltr\">")
                html.text(directive)
                html.raw("</code> <button type=\"button\"")
                html.attribute("data-insert", directive)
                html.raw(">أدرج في النص</button></li>")
            }
            html.raw("</ul></section>")
        }
    }

    private static func workflow(_ model: Model, into html: inout HTMLWriter) {
        html.raw(
            "<section class=\"workflow\" aria-labelledby=\"workflow-title\"><h2 id=\"workflow-title\">سير العمل</h2>")
        for move in model.moves {
            html.raw("<form method=\"post\"")
            html.attribute("action", model.action + "/move")
            html.raw(">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<input type=\"hidden\" name=\"move\"")
            html.attribute("value", move.rawValue)
            html.raw(">")
            if move == .schedule {
                html.raw("<label for=\"publish_at\">موعد النشر (بتوقيت الموقع)</label> ")
                html.raw("<input type=\"datetime-local\" id=\"publish_at\" name=\"publish_at\" required> ")
            }
            html.raw("<button type=\"submit\">")
            html.text(label(move))
            html.raw("</button></form>")
        }
        html.raw("</section>")
    }

    static func label(_ move: WorkflowMove) -> String {
        switch move {
        case .submitForReview: "إرسال للمراجعة"
        case .schedule: "جدولة"
        case .publish: "نشر الآن"
        case .unpublish: "إلغاء النشر"
        }
    }

    private static func otherVersion(_ article: Article, into html: inout HTMLWriter) {
        html.raw("<details class=\"other-version\" open><summary>النسخة التي حُفظت في أثناء عملك (المراجعة ")
        html.text(String(article.revision))
        html.raw(")</summary>")
        html.element("<h2>", article.headline, close: "</h2>")
        if !article.summary.isEmpty { html.element("<p>", article.summary, close: "</p>") }
        html.element("<pre dir=\"auto\">", article.body.markdown, close: "</pre>")
        html.raw("</details>")
    }

    // MARK: Fields

    private static func open(_ name: String, _ label: String, _ model: Model, into html: inout HTMLWriter) {
        html.raw("<div class=\"field\"><label")
        html.attribute("for", name)
        html.raw(">")
        html.text(label)
        html.raw("</label>")
    }

    /// The numbers the editor's script counts a field against; nothing is cut at either.
    private static func counted(_ counter: Counter?, into html: inout HTMLWriter) {
        guard let counter else { return }
        html.attribute("data-limit", String(counter.limit))
        if let advice = counter.advice { html.attribute("data-advice", String(advice)) }
    }

    private static func autosaveOffer(_ offer: AutosaveOffer, _ model: Model, into html: inout HTMLWriter) {
        html.raw("<section class=\"autosave-offer\" aria-labelledby=\"autosave-title\">")
        html.raw("<h2 id=\"autosave-title\">مسودة محفوظة تلقائياً</h2><p>")
        html.text(
            "حفظ المحرر ما كتبتَه الساعة " + offer.savedAt
                + " ولم يُحفظ في الخبر بعد. استعِده لتكمل منه، أو اتركه لتعمل على النسخة المحفوظة.")
        html.raw("</p><div class=\"autosave-actions\">")
        html.link(offer.restoreHref, "استعادة المسودة")
        html.raw(" <form method=\"post\" class=\"inline\"")
        html.attribute("action", offer.discardAction)
        html.raw(">")
        NewsroomForm.tokenField(model.formToken, into: &html)
        html.raw("<button type=\"submit\" class=\"secondary\">تجاهلها</button></form></div></section>")
    }

    private static func problems(_ name: String, _ model: Model, into html: inout HTMLWriter) {
        guard let problems = model.problems[name], !problems.isEmpty else { return }
        html.raw("<ul class=\"field-problem\"")
        html.attribute("id", name + "-problem")
        html.raw(">")
        for problem in problems { html.element("<li>", problem, close: "</li>") }
        html.raw("</ul>")
    }

    private static func describedBy(_ name: String, _ model: Model, into html: inout HTMLWriter) {
        guard model.problems[name] != nil else { return }
        html.raw(" aria-invalid=\"true\"")
        html.attribute("aria-describedby", name + "-problem")
    }

    private static func input(
        _ name: String, _ label: String, _ value: String, _ model: Model, required: Bool = false,
        counter: Counter? = nil, into html: inout HTMLWriter
    ) {
        open(name, label, model, into: &html)
        html.raw("<input type=\"text\" dir=\"auto\"")
        html.attribute("id", name)
        html.attribute("name", name)
        html.attribute("value", value)
        if required { html.raw(" required") }
        counted(counter, into: &html)
        describedBy(name, model, into: &html)
        html.raw(">")
        problems(name, model, into: &html)
        html.raw("</div>")
    }

    private static func textarea(
        _ name: String, _ label: String, _ value: String, rows: Int, _ model: Model, counter: Counter? = nil,
        into html: inout HTMLWriter
    ) {
        open(name, label, model, into: &html)
        html.raw("<textarea dir=\"auto\"")
        html.attribute("id", name)
        html.attribute("name", name)
        html.attribute("rows", String(rows))
        counted(counter, into: &html)
        describedBy(name, model, into: &html)
        html.raw(">")
        html.text(value)
        html.raw("</textarea>")
        problems(name, model, into: &html)
        html.raw("</div>")
    }

    private static func select(_ model: Model, into html: inout HTMLWriter) {
        choice(
            "section", "القسم", required: true, none: "اختر القسم",
            options: model.sections.map { ($0.slug, $0.name) }, selected: model.form.sectionSlug, model, into: &html
        )
    }

    /// A labelled drop-down of `options` (value, label), with a first empty choice `none`.
    private static func choice(
        _ name: String, _ label: String, required: Bool, none: String, options: [(String, String)], selected: String,
        _ model: Model, into html: inout HTMLWriter
    ) {
        open(name, label, model, into: &html)
        html.raw("<select")
        html.attribute("id", name)
        html.attribute("name", name)
        if required { html.raw(" required") }
        describedBy(name, model, into: &html)
        html.raw("><option value=\"\">")
        html.text(none)
        html.raw("</option>")
        for (value, text) in options {
            html.raw("<option")
            html.attribute("value", value)
            if value == selected { html.raw(" selected") }
            html.raw(">")
            html.text(text)
            html.raw("</option>")
        }
        html.raw("</select>")
        problems(name, model, into: &html)
        html.raw("</div>")
    }

    private static func authors(_ model: Model, into html: inout HTMLWriter) {
        html.raw("<fieldset class=\"field\"><legend>الكتّاب</legend>")
        for author in model.authors {
            html.raw("<label class=\"choice\"><input type=\"checkbox\" name=\"authors\"")
            html.attribute("value", author.slug)
            if model.form.authorSlugs.contains(author.slug) { html.raw(" checked") }
            html.raw("> ")
            html.text(author.name)
            html.raw("</label>")
        }
        problems("authors", model, into: &html)
        html.raw("</fieldset>")
    }

    private static func pictures(_ model: Model, into html: inout HTMLWriter) {
        choice(
            "hero", "الصورة الرئيسية", required: false, none: "بلا صورة",
            options: model.pictures.map { ($0.hash, $0.alt + ($0.credit.isEmpty ? "" : " (" + $0.credit + ")")) },
            selected: model.form.heroImageHash, model, into: &html
        )
        html.raw(
            "<p class=\"hint\"><a href=\"/newsroom/media\" target=\"_blank\" rel=\"noopener\">ارفع صورة جديدة إلى المكتبة</a>، ثم أعد تحميل هذه القائمة بالمعاينة.</p>"
        )
    }
}
