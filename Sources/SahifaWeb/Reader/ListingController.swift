import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// The list pages: `/{section}`, `/tag/{slug}` and `/author/{slug}`, each with `?page=N`.
struct ListingController {
    let store: any ReaderStore
    let presenter: @Sendable (Date) -> ReaderPresenter
    let pages: ReaderPages
    let pageSize = 20

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("tag/:slug", use: tag)
        router.get("author/:slug", use: author)
        router.get(":section", use: section)
    }

    @Sendable func section(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await listing(request, context, parameter: "section", load: store.sectionPage(slug:page:at:)) {
            presenter, content in
            presenter.listingPage(
                content,
                label: nil,
                title: content.subject.name,
                introduction: nil,
                currentSection: content.subject.slug,
                basePath: content.subject.path
            )
        }
    }

    @Sendable func tag(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await listing(request, context, parameter: "slug", load: store.tagPage(slug:page:at:)) {
            presenter, content in
            presenter.listingPage(
                content,
                label: "وسم",
                title: content.subject.name,
                introduction: nil,
                basePath: content.subject.path
            )
        }
    }

    @Sendable func author(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await listing(request, context, parameter: "slug", load: store.authorPage(slug:page:at:)) {
            presenter, content in
            presenter.listingPage(
                content,
                label: "كاتب",
                title: content.subject.name,
                introduction: content.subject.bio,
                basePath: content.subject.path
            )
        }
    }

    /// Reads `?page=`, loads the list named by the path, answers 404 for an unknown name or a
    /// page past the end, and renders the rest.
    private func listing<Subject: ArticleList>(
        _ request: Request,
        _ context: SahifaRequestContext,
        parameter: String,
        load: @escaping @Sendable (String, PageRequest, Date) async throws -> ListingPageContent<Subject>?,
        model: @escaping @Sendable (ReaderPresenter, ListingPageContent<Subject>) -> ListingPageModel
    ) async throws -> Response {
        try await pages.respond(to: request) {
            let page = try request.readerQuery().page(size: pageSize)
            let slug = try context.pathSegment(parameter)
            let now = Date()
            guard let content = try await load(slug, page, now), !content.stories.isPastTheEnd else {
                throw ReaderError.notFound
            }
            return pages.page(ListingPage.render(model(presenter(now), content)), dependencies: content.dependencies)
        }
    }
}
