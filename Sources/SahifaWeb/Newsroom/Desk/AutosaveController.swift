import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `POST /newsroom/desk/autosave`: the article editor's fields every few seconds while a
/// member writes, kept as that member's working copy (`Autosave`), never as a revision. The
/// editor's page offers it back when it is opened again (`ArticleEditorController`).
struct AutosaveController {
    let store: any NewsroomStore
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.post(DeskAnswer.path("autosave"), use: keep)
    }

    @Sendable func keep(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let fields = context.form ?? QueryParameters.empty
        let id = try DeskAnswer.articleID(fields["article"])
        guard let article = try await store.article(id: id) else { throw ReaderError.notFound }
        guard session.account.mayEdit(article) else { throw NewsroomError.notAllowed }
        let form = ArticleForm(fields)
        guard let revision = form.revision else {
            throw ReaderError.malformedRequest(reason: "an autosave names the revision its editor started from")
        }
        let now = Date()
        try await store.keepAutosave(
            Autosave(
                article: id, account: session.account.id, basedOnRevision: revision, savedAt: now,
                form: try form.encoded()))
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: now).settings)
        return try DeskAnswer.json(
            DeskModels.Autosaved(
                savedAt: APIModels.timestamp(now), time: dates.time(now), revisionNow: article.revision))
    }
}
