import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/{section}/{id}/{slug}`: the article page. Any other section or slug for the same id,
/// or none, answers 301 to the canonical URL, so a changed headline never breaks a link.
struct ArticleController {
    let store: any NewsStore
    let presenter: @Sendable (Date) -> ReaderPresenter

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get(":section/:id/:slug", use: article)
        router.get(":section/:id", use: article)
    }

    @Sendable func article(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        _ = try request.readerQuery()
        let section = try context.pathSegment("section")
        let slug = context.parameters.get("slug") == nil ? nil : try context.pathSegment("slug")
        guard let number = Int64(try context.pathSegment("id")), number > 0 else { throw ReaderError.notFound }
        let now = Date()
        guard let content = try await store.articlePage(id: ArticleID(number), at: now) else {
            throw ReaderError.notFound
        }
        let article = content.article
        if section != article.section.slug || slug != article.slug {
            return .movedPermanently(to: article.path)
        }
        return .html(ArticlePage.render(presenter(now).articlePage(content)))
    }
}
