import Foundation
import Hummingbird
import SahifaCore
import SahifaStorage
import SahifaStore

/// `/newsroom/admin/backups`: the daily backup schedule and the latest backups, for admins.
struct BackupsController {
    let store: any NewsStore
    let pages: NewsroomPages
    let backups: ScheduledBackups

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/admin/backups", use: show)
        router.post("newsroom/admin/backups", use: save)
        router.post("newsroom/admin/backups/now", use: backUpNow)
    }

    @Sendable func show(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let notice: NewsroomForm.Notice? =
            switch try request.readerQuery()["done"] {
            case "1": .done("حُفظ التغيير.")
            case "now": .done("بدأت نسخة احتياطية؛ تظهر نتيجتها هنا حين تنتهي.")
            default: nil
            }
        let schedule = try await store.backupSchedule()
        let typed = BackupsPage.Fields(
            enabled: schedule != nil, time: schedule?.timeText ?? "03:00",
            folder: schedule?.folder ?? "", keep: String(schedule?.keep ?? 7))
        return try await page(session, typed: typed, notice: notice, problems: [:], status: .ok)
    }

    @Sendable func save(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let form = context.form ?? QueryParameters.empty
        let typed = BackupsPage.Fields(
            enabled: form["enabled"] == "1", time: (form["time"] ?? "").trimmingCharacters(in: .whitespaces),
            folder: (form["folder"] ?? "").trimmingCharacters(in: .whitespaces),
            keep: (form["keep"] ?? "").trimmingCharacters(in: .whitespaces))
        var problems: [String: String] = [:]
        var schedule: BackupSchedule?
        if typed.enabled {
            let timeOfDay = BackupSchedule.minutes(fromText: typed.time)
            let keep = Int(typed.keep)
            let wanted = BackupSchedule(timeOfDay: timeOfDay ?? -1, folder: typed.folder, keep: keep ?? 0)
            for problem in wanted.problems() {
                switch problem {
                case .timeOfDay: problems["time"] = "اكتب الوقت بالساعات والدقائق، مثل 03:00."
                case .folderNotAbsolute:
                    problems["folder"] = "اكتب مساراً كاملاً على الخادم يبدأ بـ /، مثل /var/backups/sahifa."
                case .keep:
                    problems["keep"] =
                        "اكتب عدداً من \(BackupSchedule.keepRange.lowerBound) إلى \(BackupSchedule.keepRange.upperBound)."
                }
            }
            if problems["folder"] == nil,
                let reason = BackupShelf.problemWriting(into: URL(fileURLWithPath: wanted.folder))
            {
                problems["folder"] = "لا يستطيع الخادم الكتابة في هذا المجلد: " + reason
            }
            schedule = wanted
        }
        guard problems.isEmpty else {
            return try await page(
                session, typed: typed, notice: .problem("لم يُحفظ الجدول: صحّح ما هو مبيّن بجانب الحقول."),
                problems: problems, status: .badRequest)
        }
        try await store.saveBackupSchedule(schedule, at: Date(), by: session.account.id)
        return NewsroomPages.redirect(to: "/newsroom/admin/backups?done=1")
    }

    @Sendable func backUpNow(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        guard try await backups.startBackupNow(at: Date()) != nil else {
            return try await page(
                session, typed: BackupsPage.Fields(enabled: false, time: "03:00", folder: "", keep: "7"),
                notice: .problem("حدّد مجلد النسخ في الجدول أولاً."), problems: [:], status: .conflict)
        }
        return NewsroomPages.redirect(to: "/newsroom/admin/backups?done=now")
    }

    private func page(
        _ session: NewsroomSession, typed: BackupsPage.Fields, notice: NewsroomForm.Notice?,
        problems: [String: String], status: HTTPResponse.Status
    ) async throws -> Response {
        let now = Date()
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: now).settings)
        let runs = try await store.backupRuns(limit: 30).map { run in
            BackupsPage.Run(
                when: dates.gregorianDate(run.startedAt) + " " + dates.time(run.startedAt), outcome: run.outcome,
                folder: run.folder, articles: run.articles,
                megabytes: String(format: "%.1f MB", Double(run.bytes) / 1_048_576), message: run.message)
        }
        let model = BackupsPage.Model(
            page: AdminPages.Frame(
                frame: pages.frame("النسخ الاحتياطي", session: session), formToken: session.formToken,
                notice: notice, problems: problems),
            typed: typed, runs: runs, hasSchedule: try await store.backupSchedule() != nil)
        return NewsroomPages.page(BackupsPage.render(model), status: status)
    }
}
