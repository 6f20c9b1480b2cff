import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/desk/stories`: the stories a related-news card can point to, for the editor's
/// card dialog. Without words, the article's related news (the job's suggestions) first,
/// then the latest published stories; with words, the readers' search; `?ids=` names the
/// stories a body's cards already point to.
struct DeskStoriesController {
    let store: any NewsroomStore & ReaderStore
    let pages: NewsroomPages

    static let listLimit = 20

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get(DeskAnswer.path("stories"), use: list)
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        _ = try pages.requireSession(request, context)
        let query = try request.readerQuery()
        let stories: [DeskModels.Story]
        if let ids = query["ids"] {
            stories = try await named(ids)
        } else if let words = query["q"], !words.trimmingCharacters(in: .whitespaces).isEmpty {
            stories = try await found(query)
        } else {
            stories = try await suggested(for: try query["article"].map { try DeskAnswer.articleID($0) })
        }
        return try DeskAnswer.json(DeskModels.Stories(stories: stories))
    }

    private func named(_ ids: String) async throws -> [DeskModels.Story] {
        var stories: [DeskModels.Story] = []
        for number in ids.split(separator: ",").prefix(Self.listLimit).compactMap({ Int64($0) }) where number > 0 {
            if let article = try await store.article(id: ArticleID(number)) {
                stories.append(DeskModels.Story(article))
            }
        }
        return stories
    }

    private func found(_ query: QueryParameters) async throws -> [DeskModels.Story] {
        guard let search = try SearchForm(query, pageSize: Self.listLimit).request else { return [] }
        return try await store.search(search, at: Date()).hits.items.map {
            DeskModels.Story($0.teaser, suggested: false)
        }
    }

    /// Read with the editor's page, which has the article's related news and the latest
    /// stories already: the suggestions first, then the latest not among them.
    private func suggested(for article: ArticleID?) async throws -> [DeskModels.Story] {
        guard let content = try await store.editorPage(id: article, at: Date()) else { throw ReaderError.notFound }
        let related = content.relatedNews
        let shown = Set(related.map(\.id))
        return related.map { DeskModels.Story($0, suggested: true) }
            + content.latestStories.filter { !shown.contains($0.id) }.map { DeskModels.Story($0, suggested: false) }
    }
}
