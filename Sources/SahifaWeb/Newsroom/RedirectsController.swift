import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/admin/redirects`: the redirect manager, for admins.
struct RedirectsController {
    let store: any NewsroomStore
    let pages: NewsroomPages
    static let pageSize = 50

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/admin/redirects", use: list)
        router.post("newsroom/admin/redirects", use: add)
        router.post("newsroom/admin/redirects/:id/remove", use: remove)
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let query = try request.readerQuery()
        let notice: NewsroomForm.Notice? = query["done"] == "1" ? .done("حُفظ التغيير.") : nil
        return try await page(
            session, search: query["q"] ?? "", page: try query.page(size: Self.pageSize), notice: notice,
            problems: [:], typed: RedirectDraft(from: "", to: ""), status: .ok)
    }

    @Sendable func add(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let form = context.form ?? QueryParameters.empty
        let draft = RedirectDraft(from: form["from"] ?? "", to: form["to"] ?? "")
        do {
            _ = try await store.addRedirect(draft, at: Date(), by: session.account.id)
        } catch let invalid as InvalidRedirect {
            return try await page(
                session, search: "", page: PageRequest(number: 1, size: Self.pageSize),
                notice: .problem("لم يُضف التحويل: صحّح ما هو مبيّن بجانب الحقول."),
                problems: RedirectProblemText.byField(invalid.problems), typed: draft, status: .badRequest)
        }
        return NewsroomPages.redirect(to: "/newsroom/admin/redirects?done=1")
    }

    @Sendable func remove(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        guard let id = Int64(try context.pathSegment("id")) else { throw ReaderError.notFound }
        guard try await store.removeRedirect(id: id, at: Date(), by: session.account.id) else {
            throw ReaderError.notFound
        }
        return NewsroomPages.redirect(to: "/newsroom/admin/redirects?done=1")
    }

    private func page(
        _ session: NewsroomSession, search: String, page: PageRequest, notice: NewsroomForm.Notice?,
        problems: [String: String], typed: RedirectDraft, status: HTTPResponse.Status
    ) async throws -> Response {
        let redirects = try await store.redirects(matching: search, page: page)
        let query = search.isEmpty ? "" : "&q=" + PercentEncoding.encodePathSegment(search)
        let model = RedirectsPage.Model(
            page: AdminPages.Frame(
                frame: pages.frame("التحويلات", session: session), formToken: session.formToken, notice: notice,
                problems: problems),
            redirects: redirects, search: search, typed: typed,
            previousHref: page.number > 1 ? "/newsroom/admin/redirects?page=\(page.number - 1)\(query)" : nil,
            nextHref: page.number < redirects.pageCount
                ? "/newsroom/admin/redirects?page=\(page.number + 1)\(query)" : nil
        )
        return NewsroomPages.page(RedirectsPage.render(model), status: status)
    }
}
