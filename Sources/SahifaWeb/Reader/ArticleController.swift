import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/{section}/{id}/{slug}`: the article page. Any other section or slug for the same id,
/// or none, answers 301 to the canonical URL, so a changed headline never breaks a link.
struct ArticleController {
    let store: any ReaderStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pages: ReaderPages

    /// Adds the article routes and returns the same route wrapped in the router's middleware
    /// so far, for `ArticlePathResponder`.
    func addRoutes(to router: Router<SahifaRequestContext>) -> any HTTPResponder<SahifaRequestContext> {
        router.get(":section/:id/:slug", use: article)
        router.get(":section/:id", use: article)
        return router.middlewares.constructResponder(finalResponder: CallbackResponder(callback: article))
    }

    @Sendable func article(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await pages.respond(to: request) { try await render(request, context: context) }
    }

    private func render(_ request: Request, context: SahifaRequestContext) async throws -> PageAnswer {
        _ = try request.readerQuery()
        guard let number = Int64(try context.pathSegment("id")), number > 0 else { throw ReaderError.notFound }
        let now = Date()
        let content = try await store.articlePage(id: ArticleID(number), at: now)
        // The canonical path is percent-encoded the way we write it, so a request for exactly
        // that needs no decoding. Anything else must be well-formed before it gets an answer.
        guard let content, request.uri.path == content.article.path else {
            let section = try context.pathSegment("section")
            if context.parameters.get("slug") != nil { _ = try context.pathSegment("slug") }
            // Only a section of this site leads to the article (its old one, after a move): any
            // other first segment is not an article address, such as an old site's dated
            // permalink `/2026/05/slug`, which the redirect table may know.
            guard let content, content.chrome.sections.contains(where: { $0.slug == section }) else {
                throw ReaderError.notFound
            }
            return .redirect(content.article.path)
        }
        return pages.page(ArticlePage.render(presenter(now).articlePage(content)), dependencies: content.dependencies)
    }
}
