import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom`: the member's front page.
struct DashboardController {
    let store: any NewsroomStore & BackupStore
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom", use: dashboard)
    }

    @Sendable func dashboard(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let now = Date()
        let dashboard = try await store.newsroomDashboard(for: session.account.id, at: now)
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: now).settings)
        func lines(_ lines: [NewsroomDashboard.ArticleLine], scheduled: Bool = false) -> [DashboardPage.Line] {
            lines.map { line in
                let when =
                    scheduled
                    ? line.publishedAt.map { "يُنشر " + dates.gregorianDate($0) + " " + dates.time($0) } ?? ""
                    : dates.relative(line.updatedAt, now: now)
                return DashboardPage.Line(
                    headline: line.headline, href: ArticleEditorController.path(line.id), sectionName: line.sectionName,
                    when: when
                )
            }
        }
        let model = DashboardPage.Model(
            frame: pages.frame("لوحة التحرير", session: session),
            greeting: "أهلاً " + session.account.name,
            lists: [
                .init(
                    id: "my-drafts", title: "مسوداتي", emptyText: "لا مسودات لك الآن.", lines: lines(dashboard.myDrafts)
                ),
                .init(
                    id: "in-review", title: "بانتظار المراجعة", emptyText: "لا شيء بانتظار المراجعة.",
                    lines: lines(dashboard.waitingForReview)),
                .init(
                    id: "scheduled", title: "مجدول للنشر", emptyText: "لا مواد مجدولة.",
                    lines: lines(dashboard.scheduled, scheduled: true)),
                .init(
                    id: "published", title: "نُشر مؤخراً", emptyText: "لم يُنشر شيء بعد.",
                    lines: lines(dashboard.recentlyPublished)),
            ],
            backups: session.account.may(.manageAccounts) ? try await backupStatus(dates, now: now) : nil
        )
        return NewsroomPages.page(DashboardPage.render(model))
    }

    /// The newest finished backup, or what is missing: an admin sees at once when backups stopped.
    private func backupStatus(_ dates: NewsDateFormatter, now: Date) async throws -> DashboardPage.Status {
        let href = "/newsroom/admin/backups"
        guard try await store.backupSchedule() != nil else {
            return .init(text: "لا نسخ احتياطية مجدولة لهذا الموقع؛ حدّد جدولها.", href: href, isProblem: true)
        }
        let runs = try await store.backupRuns(limit: 100)
        guard let last = runs.first(where: { $0.outcome != .running }), let finished = last.finishedAt else {
            return .init(text: "لم تؤخذ نسخة احتياطية بعد.", href: href, isProblem: false)
        }
        if last.outcome == .failed {
            return .init(
                text: "فشلت آخر نسخة احتياطية " + dates.relative(finished, now: now) + ": " + last.message, href: href,
                isProblem: true)
        }
        return .init(
            text: "آخر نسخة احتياطية نجحت " + dates.relative(finished, now: now) + " (\(last.articles) خبراً).",
            href: href, isProblem: now.timeIntervalSince(finished) > 36 * 3_600)
    }
}
