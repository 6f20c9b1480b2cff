import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// RSS, Atom and JSON Feed for the whole site (`/feed.xml`, `/atom.xml`, `/feed.json`) and
/// beside every section, tag and author page (`/{section}/feed.xml`, `/tag/{slug}/atom.xml`,
/// …). Cached like pages, and dropped when an article enters, leaves or changes in the list.
struct FeedController {
    let store: any ReaderStore
    let presenter: FeedPresenter
    let pages: ReaderPages
    /// How many of the newest articles a feed carries.
    let length = 30

    func addRoutes(to router: Router<SahifaRequestContext>) {
        for format in FeedFormat.allCases {
            router.get(RouterPath(format.fileName)) { request, _ in
                try await feed(.site, format, request)
            }
            router.get(RouterPath(":section/" + format.fileName)) { request, context in
                try await feed(.section(slug: try context.pathSegment("section")), format, request)
            }
            router.get(RouterPath("tag/:slug/" + format.fileName)) { request, context in
                try await feed(.tag(slug: try context.pathSegment("slug")), format, request)
            }
            router.get(RouterPath("author/:slug/" + format.fileName)) { request, context in
                try await feed(.author(slug: try context.pathSegment("slug")), format, request)
            }
        }
    }

    private func feed(_ list: FeedList, _ format: FeedFormat, _ request: Request) async throws -> Response {
        try await pages.respond(to: request) {
            _ = try request.readerQuery()
            guard let content = try await store.feed(list, limit: length, at: Date()) else {
                throw ReaderError.notFound
            }
            let model = presenter.feed(content)
            let bytes: [UInt8] =
                switch format {
                case .rss: RSSFeed.render(model)
                case .atom: AtomFeed.render(model)
                case .json: JSONFeed.render(model)
                }
            return pages.page(bytes, contentType: format.contentType, dependencies: content.dependencies)
        }
    }
}
