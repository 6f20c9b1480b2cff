import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// Reading published articles through the API: finding one by its source id, its related
/// news, and tags it could carry.
struct ArticlesAPIController {
    let store: any ReaderStore & NewsroomStore
    let publicURL: String
    /// Answers `GET /api/v1/articles` without `source_id` for a token holder.
    let newsroomAPI: NewsroomAPIController

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("api/v1/articles", use: lookUp)
        router.get("api/v1/articles/:id/related", use: related)
        router.get("api/v1/articles/:id/suggested-tags", use: suggestedTags)
    }

    /// `GET /api/v1/articles?source_id=X`: the article imported with that id, as a list of
    /// zero or one.
    @Sendable func lookUp(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let query = try request.readerQuery()
        try APIParameters.requireValues(query, "source_id", "section", "status", "page")
        guard let sourceID = query["source_id"] else {
            // Without source_id this lists articles in any status, which needs a token.
            if APIAuthentication.hasToken(request) { return try await newsroomAPI.list(request) }
            throw APIError.notAuthenticated
        }
        try NewsroomAPIController.checkListParameters(query)
        let found = try await store.article(sourceID: sourceID)
        return try .json(APIModels.List(results: found.map { [APIModels.ArticleRef($0, publicURL: publicURL)] } ?? []))
    }

    /// `GET /api/v1/articles/{id}/related`: its related news, best first.
    @Sendable func related(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let id = try articleID(context)
        let limit = try APIParameters.integer(try request.readerQuery(), "limit", default: 10, in: 1...10)
        guard let news = try await store.relatedNews(id: id, limit: limit) else { throw StoreError.articleNotFound(id) }
        return try .json(APIModels.List(results: news.map { APIModels.ArticleRef($0, publicURL: publicURL) }))
    }

    /// `GET /api/v1/articles/{id}/suggested-tags`: existing tags found in its text.
    @Sendable func suggestedTags(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let id = try articleID(context)
        // Without a token, drafts stay private; the newsroom editor asks the store directly.
        guard try await store.article(id: id)?.readerPath != nil,
            let tags = try await store.suggestedTags(id: id, limit: 10)
        else { throw StoreError.articleNotFound(id) }
        return try .json(
            APIModels.List(
                results: tags.map {
                    APIModels.TagRef(id: $0.id, slug: $0.slug, name: $0.name, url: publicURL + $0.path)
                })
        )
    }

    private func articleID(_ context: SahifaRequestContext) throws -> ArticleID {
        guard let number = Int64(try context.pathSegment("id")), number > 0 else {
            throw APIError.invalidParameter("id", expected: "an article id, a whole number from 1")
        }
        return ArticleID(number)
    }
}
