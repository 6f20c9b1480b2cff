import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SahifaCore
import SahifaStorage
import SahifaStore
import SahifaTestSupport
import Testing

@testable import SahifaWeb

/// The backups the server makes by itself: the admin's schedule, a backup made now, the
/// outcome on the backups page, the dashboard and /metrics.
@Suite("Scheduled backups")
struct ScheduledBackupTests {
    static let password = NewsroomAPITests.password

    private static func seed(_ newsroom: TestNewsroom) async throws {
        let basics = try await newsroom.seedBasics()
        try await newsroom.publish(
            ArticleDraft(headline: "افتتاح المعرض", bodyMarkdown: "نص الخبر.", sectionSlug: basics.world.slug),
            at: summitDay)
        _ = try await newsroom.store.createAccount(
            NewAccount(email: "admin@example.org", name: "المدير", role: .admin, password: password),
            passwordHash: try await PasswordHasher(cost: 4).hash(password), at: summitDay, onlyIfFirst: false)
    }

    /// Waits, up to a deadline, for the newest backup to finish.
    private static func finishedRun(_ store: any BackupStore) async throws -> BackupRun? {
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            if let run = try await store.backupRuns(limit: 1).first, run.outcome != .running { return run }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    @Test("an admin sets the schedule (a refused one keeps what was typed), takes a backup now, and sees it succeed")
    func adminSchedulesAndBacksUp() async throws {
        try await TestNewsroom.with { newsroom in
            try await Self.seed(newsroom)
            let shelf = newsroom.folder.appendingPathComponent("backups")
            let app = try await makeApplication(for: newsroom, metrics: MetricsAccess(token: "سر-المقاييس"))
            try await app.test(.router) { client in
                let browser = try await NewsroomBrowser.signedIn(
                    client, email: "admin@example.org", password: Self.password)
                let dashboard = try await browser.get("/newsroom")
                #expect(dashboard.text.contains("لا نسخ احتياطية مجدولة لهذا الموقع"))
                let empty = try await browser.get("/newsroom/admin/backups")
                #expect(empty.status == .ok && empty.text.contains("لم تؤخذ نسخة بعد."))
                #expect(!empty.text.contains("خذ نسخة الآن"))

                let refused = try await browser.post(
                    "/newsroom/admin/backups",
                    [("enabled", "1"), ("time", "25:00"), ("folder", "backups"), ("keep", "0")])
                #expect(refused.status == .badRequest)
                #expect(refused.text.contains("اكتب الوقت بالساعات والدقائق"))
                #expect(refused.text.contains("اكتب مساراً كاملاً على الخادم"))
                #expect(refused.text.contains("اكتب عدداً من 1 إلى 365"))
                #expect(refused.text.contains("value=\"backups\"") && refused.text.contains("value=\"25:00\""))
                #expect(try await newsroom.store.backupSchedule() == nil)

                let saved = try await browser.post(
                    "/newsroom/admin/backups",
                    [("enabled", "1"), ("time", "03:30"), ("folder", shelf.path), ("keep", "2")])
                #expect(saved.status == .seeOther)
                #expect(
                    try await newsroom.store.backupSchedule()
                        == BackupSchedule(timeOfDay: 210, folder: shelf.path, keep: 2))
                let audit = try await newsroom.store.auditLog(page: PageRequest(number: 1, size: 5))
                #expect(audit.items.first?.action == .backupScheduleSaved)

                let now = try await browser.post("/newsroom/admin/backups/now", [])
                #expect(now.status == .seeOther)
                let run = try #require(try await Self.finishedRun(newsroom.store))
                #expect(run.outcome == .succeeded && run.articles == 1 && run.bytes > 0)
                #expect(
                    try await SiteBackup.verify(URL(fileURLWithPath: run.folder), programs: BackupPrograms()).rows(
                        of: "articles") == 1)

                let page = try await browser.get("/newsroom/admin/backups")
                #expect(page.text.contains("نجحت") && page.text.contains(run.folder))
                #expect(try await browser.get("/newsroom").text.contains("آخر نسخة احتياطية نجحت"))
                let metrics = try await client.execute(
                    uri: "/metrics", method: .get, headers: [.authorization: "Bearer سر-المقاييس"])
                #expect(metrics.text.contains("sahifa_backup_scheduled 1"))
                #expect(metrics.text.contains("sahifa_backup_last_run_succeeded 1"))
                #expect(!metrics.text.contains("sahifa_backup_last_success_timestamp_seconds 0\n"))

                let off = try await browser.post(
                    "/newsroom/admin/backups", [("time", "03:30"), ("folder", ""), ("keep", "2")])
                #expect(off.status == .seeOther)
                #expect(try await newsroom.store.backupSchedule() == nil)
            }
        }
    }

    @Test("the day's backup is made once at or after its time, by one of two servers, and only the newest are kept")
    func dailyBackups() async throws {
        try await TestNewsroom.with { newsroom in
            try await Self.seed(newsroom)
            let shelf = newsroom.folder.appendingPathComponent("shelf")
            // 03:00 in Riyadh (the seeded site's clock) is 00:00 UTC.
            try await newsroom.store.saveBackupSchedule(
                BackupSchedule(timeOfDay: 180, folder: shelf.path, keep: 2), at: summitDay, by: nil)
            let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
            let first = ScheduledBackups(
                store: newsroom.store, media: newsroom.folder.appendingPathComponent("media"),
                programs: BackupPrograms(), logger: quiet)
            let second = ScheduledBackups(
                store: try await newsroom.openAnotherStore(), media: first.media, programs: BackupPrograms(),
                logger: quiet)
            let midnight = try #require(ISO8601DateFormatter().date(from: "2026-12-01T00:00:00Z"))
            #expect(try await first.makeDueBackup(at: midnight.addingTimeInterval(-60)) == false)
            #expect(try await first.makeDueBackup(at: midnight.addingTimeInterval(60)) == true)
            #expect(try await second.makeDueBackup(at: midnight.addingTimeInterval(120)) == false)
            #expect(try await first.makeDueBackup(at: midnight.addingTimeInterval(3_600)) == false)
            for day in 1...3 {
                #expect(try await second.makeDueBackup(at: midnight.addingTimeInterval(Double(day) * 86_400 + 10)))
            }
            let kept = BackupShelf.backups(in: shelf).map(\.lastPathComponent)
            #expect(kept == ["sahifa-backup-20261203-000010", "sahifa-backup-20261204-000010"])
            let runs = try await newsroom.store.backupRuns(limit: 10)
            #expect(runs.count == 4 && runs.allSatisfy { $0.outcome == .succeeded })
        }
    }

    @Test("a backup that fails is recorded with its reason, and the dashboard says so")
    func failedBackup() async throws {
        try await TestNewsroom.with { newsroom in
            try await Self.seed(newsroom)
            // A file where the folder should be: the backup cannot be written.
            let blocked = newsroom.folder.appendingPathComponent("not-a-folder")
            try Data("x".utf8).write(to: blocked)
            try await newsroom.store.saveBackupSchedule(
                BackupSchedule(timeOfDay: 0, folder: blocked.path, keep: 3), at: summitDay, by: nil)
            let backups = ScheduledBackups(
                store: newsroom.store, media: newsroom.folder, programs: BackupPrograms(),
                logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            #expect(try await backups.makeDueBackup(at: summitDay))
            let run = try #require(try await newsroom.store.backupRuns(limit: 1).first)
            #expect(run.outcome == .failed && !run.message.isEmpty)
            let app = try await makeApplication(for: newsroom)
            try await app.test(.router) { client in
                let browser = try await NewsroomBrowser.signedIn(
                    client, email: "admin@example.org", password: Self.password)
                let dashboard = try await browser.get("/newsroom")
                #expect(dashboard.text.contains("form-notice-problem\" id=\"backups\""))
                #expect(dashboard.text.contains("فشلت آخر نسخة احتياطية"))
            }
        }
    }
}
