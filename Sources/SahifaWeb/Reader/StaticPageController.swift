import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `GET /pages/{slug}`: a published static page.
struct StaticPageController {
    let store: any ReaderStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pages: ReaderPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get(RouterPath(StaticPage.pathPrefix + "/:slug"), use: page)
    }

    @Sendable func page(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await pages.respond(to: request) {
            let now = Date()
            guard let content = try await store.staticPage(slug: try context.pathSegment("slug"), at: now) else {
                throw ReaderError.notFound
            }
            let presenter = presenter(now)
            let model = StaticPageModel(
                head: PageHead(
                    title: content.page.title + " | " + content.chrome.settings.name,
                    description: content.page.title,
                    canonicalURL: presenter.publicURL + content.page.path
                ),
                chrome: presenter.chrome(content.chrome),
                title: content.page.title,
                body: content.page.body.html
            )
            return pages.page(StaticPageView.render(model), dependencies: SiteChrome.dependencies)
        }
    }
}
