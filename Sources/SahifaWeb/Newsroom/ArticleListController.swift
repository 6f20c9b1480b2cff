import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/articles`: every article in any status, with filters that stay in the URL so a
/// list can be shared and reloaded.
struct ArticleListController {
    let store: any NewsroomStore
    let pages: NewsroomPages

    static let pageSize = 30

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/articles", use: list)
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let query = try request.readerQuery()
        let page = try query.page(size: Self.pageSize)
        func value(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
        var status: ArticleStatus?
        if let text = value("status") {
            guard let known = ArticleStatus(rawValue: text) else {
                throw ReaderError.malformedRequest(
                    reason: "status must be one of draft, inReview, scheduled, published, unpublished")
            }
            status = known
        }
        let filter = ArticleFilter(
            status: status, sectionSlug: value("section"), authorSlug: value("author"), text: value("q"))
        let found = try await store.newsroomArticles(filter, page: page)
        let choices = try await store.editorChoices()
        let now = Date()
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: now).settings)
        func href(page number: Int) -> String {
            var items = [
                ("status", value("status")), ("section", value("section")), ("author", value("author")),
                ("q", value("q")),
            ]
            .compactMap { name, value in value.map { name + "=" + PercentEncoding.encodePathSegment($0) } }
            if number > 1 { items.append("page=\(number)") }
            return "/newsroom/articles" + (items.isEmpty ? "" : "?" + items.joined(separator: "&"))
        }
        let model = ArticleListPage.Model(
            frame: pages.frame("كل الأخبار", session: session),
            filters: [
                .init(
                    name: "status", label: "الحالة",
                    options: ArticleStatus.allCases.map { ($0.rawValue, $0.arabicName) },
                    selected: value("status") ?? ""),
                .init(
                    name: "section", label: "القسم", options: choices.sections.map { ($0.slug, $0.name) },
                    selected: value("section") ?? ""),
                .init(
                    name: "author", label: "الكاتب", options: choices.authors.map { ($0.slug, $0.name) },
                    selected: value("author") ?? ""),
            ],
            text: value("q") ?? "",
            countLine: dates.number(found.totalCount) + " خبراً",
            lines: found.items.map {
                DashboardPage.Line(
                    headline: $0.headline, href: ArticleEditorController.path($0.id), sectionName: $0.sectionName,
                    when: dates.relative($0.updatedAt, now: now)
                )
            },
            statusNames: found.items.map(\.status.arabicName),
            previousHref: page.number > 1 ? href(page: page.number - 1) : nil,
            nextHref: page.number < found.pageCount ? href(page: page.number + 1) : nil
        )
        return NewsroomPages.page(ArticleListPage.render(model))
    }
}
