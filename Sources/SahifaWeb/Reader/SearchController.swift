import Foundation
import Hummingbird
import SahifaStore

/// `/search?q=&section=&order=&page=`: reader search. Any input gets a page or a 400: the
/// words are analysed into terms before they reach the index, so nothing typed is ever read
/// as query syntax.
struct SearchController {
    let store: any NewsStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pageSize = 10

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("search", use: search)
    }

    @Sendable func search(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let form = try SearchForm(try request.readerQuery(), pageSize: pageSize)
        let now = Date()
        if let searchRequest = form.request {
            let results = try await store.search(searchRequest, at: now)
            if results.hits.isPastTheEnd && results.hits.totalCount > 0 { throw ReaderError.notFound }
            return .html(SearchPage.render(presenter(now).searchPage(form, chrome: results.chrome, results: results)))
        }
        let chrome = try await store.siteChrome(at: now)
        return .html(SearchPage.render(presenter(now).searchPage(form, chrome: chrome, results: nil)))
    }
}
