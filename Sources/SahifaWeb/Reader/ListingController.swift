import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// The list pages: `/{section}`, `/tag/{slug}` and `/author/{slug}`, each with `?page=N`.
struct ListingController {
    let store: any NewsStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pageSize = 20

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("tag/:slug", use: tag)
        router.get("author/:slug", use: author)
        router.get(":section", use: section)
    }

    @Sendable func section(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let page = try request.readerQuery().page(size: pageSize)
        let slug = try context.pathSegment("section")
        let now = Date()
        guard let content = try await store.sectionPage(slug: slug, page: page, at: now),
            !content.stories.isPastTheEnd
        else { throw ReaderError.notFound }
        let model = presenter(now).listingPage(
            content,
            basePath: content.subject.path,
            label: nil,
            title: content.subject.name,
            introduction: nil,
            currentSection: content.subject.slug
        )
        return .html(ListingPage.render(model))
    }

    @Sendable func tag(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let page = try request.readerQuery().page(size: pageSize)
        let slug = try context.pathSegment("slug")
        let now = Date()
        guard let content = try await store.tagPage(slug: slug, page: page, at: now), !content.stories.isPastTheEnd
        else { throw ReaderError.notFound }
        let model = presenter(now).listingPage(
            content,
            basePath: content.subject.path,
            label: "وسم",
            title: content.subject.name,
            introduction: nil
        )
        return .html(ListingPage.render(model))
    }

    @Sendable func author(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let page = try request.readerQuery().page(size: pageSize)
        let slug = try context.pathSegment("slug")
        let now = Date()
        guard let content = try await store.authorPage(slug: slug, page: page, at: now),
            !content.stories.isPastTheEnd
        else { throw ReaderError.notFound }
        let model = presenter(now).listingPage(
            content,
            basePath: content.subject.path,
            label: "كاتب",
            title: content.subject.name,
            introduction: content.subject.bio
        )
        return .html(ListingPage.render(model))
    }
}
