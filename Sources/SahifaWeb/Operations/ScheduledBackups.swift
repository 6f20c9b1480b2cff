import Foundation
import Logging
import SahifaCore
import SahifaStorage
import SahifaStore

/// The backups the server makes by itself: once a day, at or after the schedule's time on the
/// newsroom's clock (a server that was down at that time makes the day's backup when it is
/// back), and when an admin asks for one. Each is claimed in the store first, so of several
/// instances on one database only one makes it, and its outcome is recorded there for the
/// backups page, the dashboard and /metrics.
struct ScheduledBackups: Sendable {
    let store: any NewsStore
    let media: URL
    let programs: BackupPrograms
    let logger: Logger

    /// Makes the day's backup if its time has come and nobody has made it yet; answers whether one was made.
    @discardableResult
    func makeDueBackup(at now: Date) async throws -> Bool {
        guard let schedule = try await store.backupSchedule() else { return false }
        let settings = try await store.newsroomChrome(at: now).settings
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: settings.timeZoneIdentifier) ?? .gmt
        let time = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
        guard let year = time.year, let month = time.month, let day = time.day,
            (time.hour ?? 0) * 60 + (time.minute ?? 0) >= schedule.timeOfDay
        else { return false }
        let slot = String(format: "scheduled %04d-%02d-%02d", year, month, day)
        return try await make(slot: slot, into: schedule.folder, keep: schedule.keep, at: now)
    }

    /// Starts a backup an admin asked for, into the schedule's folder, and returns at once;
    /// nil when there is no schedule to say where it goes.
    func startBackupNow(at now: Date) async throws -> BackupSchedule? {
        guard let schedule = try await store.backupSchedule() else { return nil }
        let slot = "now " + ISO8601DateFormatter().string(from: now) + " " + UUID().uuidString
        Task {
            try await make(slot: slot, into: schedule.folder, keep: schedule.keep, at: now)
        }
        return schedule
    }

    /// Claims `slot`, makes the backup (its pictures hard-linked from the newest backup
    /// before it), keeps the newest `keep` and records the outcome; false when the slot was taken.
    private func make(slot: String, into folder: String, keep: Int, at now: Date) async throws -> Bool {
        let shelf = URL(fileURLWithPath: folder)
        let destination = shelf.appendingPathComponent(BackupShelf.name(at: now))
        guard let id = try await store.claimBackupRun(slot: slot, folder: destination.path, at: now) else {
            return false
        }
        let started = ContinuousClock.now
        do {
            let manifest = try await SiteBackup.make(
                of: store, media: media, into: destination, programs: programs,
                linkingFrom: BackupShelf.backups(in: shelf).last, now: now)
            let removed = try BackupShelf.prune(shelf, keep: keep)
            try await store.finishBackupRun(
                id: id, outcome: .succeeded, message: "", articles: manifest.rows(of: "articles"),
                bytes: manifest.database.bytes + manifest.pictures.bytes, at: Date())
            logger.info(
                "backup made",
                metadata: [
                    "sahifa.backup": "\(destination.path)",
                    "sahifa.seconds": "\((ContinuousClock.now - started).components.seconds)",
                    "sahifa.removed": "\(removed.count)",
                ])
        } catch {
            let message = (error as? BackupError)?.description ?? "\(error)"
            try await store.finishBackupRun(
                id: id, outcome: .failed, message: message, articles: 0, bytes: 0, at: Date())
            logger.error(
                "backup failed", metadata: ["sahifa.backup": "\(destination.path)", "sahifa.error": "\(message)"])
        }
        return true
    }
}

extension NewsroomJobs {
    /// Looks every `pause` whether the day's scheduled backup is due.
    static func backups(_ backups: ScheduledBackups, logger: Logger, pause: Duration = .seconds(30)) -> RepeatingJob {
        RepeatingJob(name: "scheduled backups", logger: logger, pause: pause) {
            try await backups.makeDueBackup(at: Date())
            return false
        }
    }
}
