import ArabicText
import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `GET /api/v1/search?q=&section=&order=&page=&per_page=`: the search readers get, as JSON.
struct SearchAPIController {
    let store: any ReaderStore
    let publicURL: String

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("api/v1/search", use: search)
    }

    @Sendable func search(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let parameters = try request.readerQuery()
        try APIParameters.requireValues(parameters, "section", "order", "page")
        let perPage = try APIParameters.integer(parameters, "per_page", default: 10, in: 1...50)
        let form = try SearchForm(parameters, pageSize: perPage)
        guard !form.text.isEmpty else { throw APIError.missingParameter("q") }
        guard let searchRequest = form.request else {
            return try .json(
                APIModels.SearchResponse(
                    total: 0, page: form.page.number, perPage: perPage, matchedAllWords: true, results: []))
        }
        let found = try await store.search(searchRequest, at: Date())
        let terms = searchRequest.query.highlightTerms
        return try .json(
            APIModels.SearchResponse(
                total: found.hits.totalCount,
                page: found.hits.number,
                perPage: perPage,
                matchedAllWords: found.matchedAllWords,
                results: found.hits.items.map { hit in
                    APIModels.SearchResult(
                        article: APIModels.ArticleRef(hit.teaser, publicURL: publicURL),
                        snippet: MarkedText.html(SearchSnippet.make(hit, terms: terms)),
                        score: hit.score
                    )
                }
            )
        )
    }
}
