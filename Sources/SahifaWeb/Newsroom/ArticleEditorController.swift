import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// The article editor: new articles, saving (refused, never silently merged, when someone
/// else saved meanwhile), a preview that saves nothing, and the workflow moves. Who may do
/// what is decided in SahifaCore (`Account+Articles.swift`).
struct ArticleEditorController {
    let store: any NewsroomStore
    let pages: NewsroomPages
    let presence: DeskPresence

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/articles/new", use: newArticle)
        router.post("newsroom/articles/new", use: create)
        router.get("newsroom/articles/:id", use: edit)
        router.post("newsroom/articles/:id", use: save)
        router.post("newsroom/articles/:id/move", use: move)
        router.post("newsroom/articles/:id/autosave/discard", use: discardAutosave)
    }

    static func path(_ id: ArticleID) -> String { "/newsroom/articles/\(id)" }

    @Sendable func newArticle(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        return try await page(session, article: nil, form: ArticleForm(), status: .ok)
    }

    @Sendable func create(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .writeDrafts)
        let form = ArticleForm(context.form ?? QueryParameters.empty)
        if context.form?["action"] == "preview" { return try await preview(session, article: nil, form: form) }
        guard let draft = try await draft(of: form) else {
            return try await embargoProblem(session, article: nil, form: form)
        }
        do {
            let article = try await store.createArticle(draft, at: Date(), by: session.account.id)
            return NewsroomPages.redirect(to: Self.path(article.id) + "?done=saved")
        } catch let invalid as InvalidArticle {
            return try await page(
                session, article: nil, form: form, problems: ArticleProblemText.byField(invalid.problems),
                notice: .problem("لم يُحفظ الخبر: صحّح ما هو مبيّن بجانب الحقول."), status: .badRequest
            )
        }
    }

    @Sendable func edit(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        guard let number = Int64(try context.pathSegment("id")), number > 0,
            let content = try await store.editorPage(id: ArticleID(number), at: Date()), let article = content.article
        else { throw ReaderError.notFound }
        let query = try request.readerQuery()
        var notice: NewsroomForm.Notice? =
            switch query["done"] {
            case "saved": .done("حُفظ الخبر (المراجعة \(article.revision)).")
            case "discarded": .done("تُركت المسودة المحفوظة تلقائياً؛ أمامك النسخة المحفوظة من الخبر.")
            case let move?: WorkflowMove(rawValue: move).map { .done("تم: " + EditorPage.label($0) + ".") }
            case nil: nil
            }
        var form = ArticleForm(article, zone: content.chrome.settings.timeZoneIdentifier)
        var offer: EditorPage.AutosaveOffer?
        if let kept = try await store.autosave(of: article.id, by: session.account.id),
            let typed = ArticleForm(autosaved: kept.form)
        {
            let time = NewsDateFormatter.forSite(content.chrome.settings).time(kept.savedAt)
            if query["restore"] == "autosave" {
                // The revision it was typed on, so a save still meets the conflict check.
                form = typed
                form.revision = kept.basedOnRevision
                notice = .done("استُعيد ما حفظه المحرر تلقائياً الساعة \(time). احفظ الخبر ليصير نسخة منه.")
            } else {
                offer = EditorPage.AutosaveOffer(
                    savedAt: time, restoreHref: Self.path(article.id) + "?restore=autosave",
                    discardAction: Self.path(article.id) + "/autosave/discard")
            }
        }
        return try await page(
            session, article: article, form: form, notice: notice, autosave: offer, content: content, status: .ok)
    }

    /// The member turns down the working copy the editor kept, and gets the saved article.
    @Sendable func discardAutosave(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let article = try await load(context)
        try await store.dropAutosave(of: article.id, by: session.account.id)
        return NewsroomPages.redirect(to: Self.path(article.id) + "?done=discarded")
    }

    @Sendable func save(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let article = try await load(context)
        let form = ArticleForm(context.form ?? QueryParameters.empty)
        if context.form?["action"] == "preview" { return try await preview(session, article: article, form: form) }
        guard session.account.mayEdit(article) else { throw NewsroomError.notAllowed }
        // Every save names the revision it started from, so no save can overwrite blindly.
        guard let revision = form.revision else {
            throw ReaderError.malformedRequest(reason: "a save names the revision it started from")
        }
        guard let draft = try await draft(of: form) else {
            return try await embargoProblem(session, article: article, form: form)
        }
        do {
            let saved = try await store.updateArticle(
                id: article.id, with: draft, at: Date(), expectedRevision: revision, by: session.account.id
            )
            // A draft's save changes nothing readers see, so no announcement carries it.
            let dates = NewsDateFormatter.forSite(try await siteSettings())
            presence.saved(
                saved.id, revision: saved.revision, by: session.account.name, at: saved.updatedAt,
                time: dates.time(saved.updatedAt))
            try await store.dropAutosave(of: article.id, by: session.account.id)
            return NewsroomPages.redirect(to: Self.path(article.id) + "?done=saved")
        } catch let invalid as InvalidArticle {
            return try await page(
                session, article: article, form: form, problems: ArticleProblemText.byField(invalid.problems),
                notice: .problem("لم تُحفظ التعديلات: صحّح ما هو مبيّن بجانب الحقول."), status: .badRequest
            )
        } catch StoreError.revisionConflict {
            // Keep every word typed, show what the other person saved, and let a second,
            // deliberate save replace it.
            let current = try await load(context)
            var kept = form
            kept.revision = current.revision
            return try await page(
                session, article: current, form: kept,
                notice: .problem(
                    "حفظ شخص آخر هذا الخبر بعد أن فتحتَه، فلم تُحفظ تعديلاتك. نسخته معروضة أدناه ونصّك باقٍ في النموذج: انقل ما تريد ثم احفظ من جديد."
                ),
                otherVersion: current, status: .conflict
            )
        }
    }

    @Sendable func move(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let article = try await load(context)
        guard let move = context.form?["move"].flatMap(WorkflowMove.init(rawValue:)) else {
            throw ReaderError.malformedRequest(reason: "move must be one of submit, schedule, publish, unpublish")
        }
        try session.account.authorize(move, on: article)
        let now = Date()
        let zone = try await siteZone()
        let publishAt = context.form?["publish_at"].flatMap { LocalTime.parse($0, zone: zone) }
        do {
            _ = try await store.make(move, on: article, publishAt: publishAt, at: now, by: session.account.id)
        } catch WorkflowError.publishTimeNotInFuture {
            return try await page(
                session, article: article, form: ArticleForm(article, zone: zone),
                notice: .problem("اختر موعد نشر صحيحاً في المستقبل."), status: .badRequest
            )
        } catch WorkflowError.embargoed(let until) {
            let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: now).settings)
            return try await page(
                session, article: article, form: ArticleForm(article, zone: zone),
                notice: .problem(
                    "الخبر محظور النشر حتى " + dates.gregorianDate(until) + " الساعة " + dates.time(until) + "."),
                status: .conflict
            )
        }
        return NewsroomPages.redirect(to: Self.path(article.id) + "?done=" + move.rawValue)
    }

    // MARK: Parts

    private func load(_ context: SahifaRequestContext) async throws -> Article {
        guard let number = Int64(try context.pathSegment("id")), number > 0 else { throw ReaderError.notFound }
        guard let article = try await store.article(id: ArticleID(number)) else { throw ReaderError.notFound }
        return article
    }

    private func siteSettings() async throws -> SiteSettings {
        try await store.newsroomChrome(at: Date()).settings
    }

    private func siteZone() async throws -> String {
        try await siteSettings().timeZoneIdentifier
    }

    /// The form's draft, or nil when its embargo is not a date and time. A failure to read
    /// the site's time zone is the store's error, not the form's.
    private func draft(of form: ArticleForm) async throws -> ArticleDraft? {
        let zone = try await siteZone()
        do {
            return try form.draft(zone: zone)
        } catch is ArticleForm.InvalidEmbargo {
            return nil
        }
    }

    private func embargoProblem(_ session: NewsroomSession, article: Article?, form: ArticleForm) async throws
        -> Response
    {
        try await page(
            session, article: article, form: form,
            problems: ["embargo": ["اكتب تاريخاً ووقتاً صحيحين، أو اترك الحقل فارغاً."]],
            notice: .problem("لم يُحفظ الخبر: صحّح ما هو مبيّن بجانب الحقول."), status: .badRequest
        )
    }

    private func preview(_ session: NewsroomSession, article: Article?, form: ArticleForm) async throws -> Response {
        let content = try await editorPage(for: article)
        let pictures = content.choices.pictures
        let media = Dictionary(pictures.map { ($0.hash, $0) }, uniquingKeysWith: { first, _ in first })
        let body: ArticleBody
        do {
            body = try BodyRenderer(media: media).render(form.body)
        } catch {
            return try await page(
                session, article: article, form: form,
                problems: ArticleProblemText.byField([.body(error)]), content: content, status: .badRequest
            )
        }
        return try await page(
            session, article: article, form: form, notice: .done("معاينة فقط: لم يُحفظ شيء بعد."),
            preview: body.html, content: content, status: .ok
        )
    }

    /// The editor's page for `article` (nil: a new one), read in one call.
    private func editorPage(for article: Article?) async throws -> EditorPageContent {
        guard let content = try await store.editorPage(id: article?.id, at: Date()) else { throw ReaderError.notFound }
        return content
    }

    private func page(
        _ session: NewsroomSession,
        article: Article?,
        form: ArticleForm,
        problems: [String: [String]] = [:],
        notice: NewsroomForm.Notice? = nil,
        otherVersion: Article? = nil,
        preview: TrustedHTML? = nil,
        autosave: EditorPage.AutosaveOffer? = nil,
        content known: EditorPageContent? = nil,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let heading = article == nil ? "خبر جديد" : "تحرير الخبر"
        let content: EditorPageContent
        if let known { content = known } else { content = try await editorPage(for: article) }
        let choices = content.choices
        let model = EditorPage.Model(
            frame: pages.editorFrame(heading, session: session),
            formToken: session.formToken,
            action: article.map { Self.path($0.id) } ?? "/newsroom/articles/new",
            heading: heading,
            statusLine: article.map { "الحالة: " + $0.status.arabicName + " · المراجعة " + String($0.revision) },
            publicHref: article?.readerPath,
            form: form,
            sections: choices.sections,
            authors: choices.authors,
            pictures: choices.pictures,
            problems: problems,
            notice: notice,
            otherVersion: otherVersion,
            preview: preview,
            moves: article.map { session.account.availableMoves(on: $0) } ?? [],
            suggestedTags: content.suggestedTags.map(\.name),
            relatedChoices: content.cardChoices.map { ($0.id.rawValue, $0.headline) },
            articleID: article?.id.rawValue,
            autosave: autosave
        )
        return NewsroomPages.page(EditorPage.render(model), status: status)
    }
}
