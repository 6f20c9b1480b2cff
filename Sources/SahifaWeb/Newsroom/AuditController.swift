import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/audit`: the audit log, for admins only.
struct AuditController {
    let store: any NewsroomStore
    let pages: NewsroomPages

    static let pageSize = 50

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/audit", use: log)
    }

    @Sendable func log(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .readAuditLog)
        let page = try request.readerQuery().page(size: Self.pageSize)
        let entries = try await store.auditLog(page: page)
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: Date()).settings)
        let model = AuditPage.Model(
            frame: pages.frame("سجل التدقيق", session: session),
            rows: entries.items.map { entry in
                AuditPage.Row(
                    when: dates.gregorianDate(entry.at) + " " + dates.time(entry.at),
                    who: entry.accountName ?? "النظام",
                    action: entry.action.arabicName,
                    articleHref: entry.articleID.map(ArticleEditorController.path),
                    detail: entry.detail
                )
            },
            previousHref: page.number > 1 ? "/newsroom/audit?page=\(page.number - 1)" : nil,
            nextHref: page.number < entries.pageCount ? "/newsroom/audit?page=\(page.number + 1)" : nil
        )
        return NewsroomPages.page(AuditPage.render(model))
    }
}
