import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/search?q=&section=&order=&page=`: reader search. Any input gets a page or a 400: the
/// words are analysed into terms before they reach the index, so nothing typed is ever read
/// as query syntax.
struct SearchController {
    let store: any ReaderStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pages: ReaderPages
    let pageSize = 10

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("search", use: search)
    }

    @Sendable func search(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let form = try SearchForm(try request.readerQuery(), pageSize: pageSize)
        // Results can change with any article published anywhere, so they are not kept; they
        // still carry validators, so a reader's browser can ask again cheaply.
        return try await pages.respondUncached(to: request, dependencies: SiteChrome.dependencies.union([.home])) {
            let now = Date()
            if let searchRequest = form.request {
                let results = try await store.search(searchRequest, at: now)
                if results.hits.isPastTheEnd && results.hits.totalCount > 0 { throw ReaderError.notFound }
                return SearchPage.render(presenter(now).searchPage(form, chrome: results.chrome, results: results))
            }
            let chrome = try await store.siteChrome(at: now)
            return SearchPage.render(presenter(now).searchPage(form, chrome: chrome, results: nil))
        }
    }
}
