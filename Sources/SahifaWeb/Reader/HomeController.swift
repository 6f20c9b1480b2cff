import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/`: the home page, and `/?page=N` for older news.
struct HomeController {
    let store: any ReaderStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pages: ReaderPages
    let layout = HomeLayout()

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await pages.respond(to: request) { try await render(request) }
    }

    private func render(_ request: Request) async throws -> PageAnswer {
        let page = try request.readerQuery().page(size: layout.latestPageSize)
        let now = Date()
        let content = try await store.homePage(layout, page: page, at: now)
        if content.latest.isPastTheEnd { throw ReaderError.notFound }
        return pages.page(HomePage.render(presenter(now).homePage(content)), dependencies: content.dependencies)
    }
}
