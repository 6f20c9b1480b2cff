import Foundation
import Hummingbird
import SahifaStore

/// `/`: the home page, and `/?page=N` for older news.
struct HomeController {
    let store: any NewsStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let layout = HomeLayout()

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let page = try request.readerQuery().page(size: layout.latestPageSize)
        let now = Date()
        let content = try await store.homePage(layout, page: page, at: now)
        if content.latest.isPastTheEnd { throw ReaderError.notFound }
        return .html(HomePage.render(presenter(now).homePage(content)))
    }
}
