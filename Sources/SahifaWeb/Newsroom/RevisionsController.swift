import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// An article's revisions: the list, a comparison of two, one version, and restoring one
/// (which saves a new revision, so nothing is ever lost).
struct RevisionsController {
    let store: any NewsroomStore
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/articles/:id/revisions", use: list)
        router.get("newsroom/articles/:id/revisions/:number", use: show)
        router.post("newsroom/articles/:id/revisions/:number/restore", use: restore)
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let (article, revisions) = try await load(context)
        let query = try request.readerQuery()
        var comparison: RevisionsPage.Comparison?
        if let from = query["from"], let to = query["to"] {
            guard let old = revisions.first(where: { String($0.number) == from }),
                let new = revisions.first(where: { String($0.number) == to })
            else { throw ReaderError.malformedRequest(reason: "from and to must name revisions of this article") }
            comparison = RevisionsPage.Comparison(
                title: "الفرق بين النسخة \(old.number) والنسخة \(new.number)",
                lines: TextDiff.lines(from: old.comparableLines, to: new.comparableLines)
            )
        }
        return try await page(session, article: article, revisions: revisions, comparison: comparison, shown: nil)
    }

    @Sendable func show(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let (article, revisions) = try await load(context)
        let revision = try pick(context, in: revisions)
        let shown = RevisionsPage.Shown(
            title: "النسخة \(revision.number)",
            revision: revision,
            restoreAction: revision.number != article.revision && session.account.mayEdit(article)
                ? ArticleEditorController.path(article.id) + "/revisions/\(revision.number)/restore" : nil,
            currentRevision: article.revision
        )
        return try await page(session, article: article, revisions: revisions, comparison: nil, shown: shown)
    }

    @Sendable func restore(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let (article, revisions) = try await load(context)
        guard session.account.mayEdit(article) else { throw NewsroomError.notAllowed }
        let revision = try pick(context, in: revisions)
        guard let expected = context.form?["revision"].flatMap({ Int($0) }) else {
            throw ReaderError.malformedRequest(reason: "a restore names the revision it replaces")
        }
        _ = try await store.updateArticle(
            id: article.id, with: revision.applied(to: article), at: Date(), expectedRevision: expected,
            by: session.account.id
        )
        return NewsroomPages.redirect(to: ArticleEditorController.path(article.id) + "?done=saved")
    }

    private func load(_ context: SahifaRequestContext) async throws -> (Article, [ArticleRevision]) {
        guard let number = Int64(try context.pathSegment("id")), number > 0,
            let article = try await store.article(id: ArticleID(number)),
            let revisions = try await store.revisions(of: article.id)
        else { throw ReaderError.notFound }
        return (article, revisions)
    }

    private func pick(_ context: SahifaRequestContext, in revisions: [ArticleRevision]) throws -> ArticleRevision {
        guard let revision = revisions.first(where: { String($0.number) == (try? context.pathSegment("number")) })
        else {
            throw ReaderError.notFound
        }
        return revision
    }

    private func page(
        _ session: NewsroomSession, article: Article, revisions: [ArticleRevision],
        comparison: RevisionsPage.Comparison?, shown: RevisionsPage.Shown?
    ) async throws -> Response {
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: Date()).settings)
        let base = ArticleEditorController.path(article.id) + "/revisions"
        let model = RevisionsPage.Model(
            frame: pages.frame("نسخ الخبر", session: session),
            formToken: session.formToken,
            articleHref: ArticleEditorController.path(article.id),
            headline: article.headline,
            entries: revisions.map { revision in
                RevisionsPage.Entry(
                    number: dates.number(revision.number), rawNumber: revision.number,
                    savedAt: dates.gregorianDate(revision.savedAt) + " " + dates.time(revision.savedAt),
                    headline: revision.headline, href: base + "/\(revision.number)",
                    isCurrent: revision.number == article.revision
                )
            },
            comparison: comparison,
            shown: shown
        )
        return NewsroomPages.page(RevisionsPage.render(model))
    }
}
