import Foundation
import SahifaCore

/// The backup schedule's and the backup runs' statements, the same on both stores.
package enum BackupStatements {
    package static let schedule = "SELECT time_of_day, folder, keep FROM backup_schedule WHERE id = 1"

    /// Arguments: time of day, folder, keep.
    package static let saveSchedule = """
        INSERT INTO backup_schedule (id, time_of_day, folder, keep) VALUES (1, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET time_of_day = excluded.time_of_day, folder = excluded.folder,
            keep = excluded.keep
        """

    package static let removeSchedule = "DELETE FROM backup_schedule"

    package static func schedule(_ row: some StoreRow) throws -> BackupSchedule {
        BackupSchedule(timeOfDay: try row.int(0), folder: try row.text(1), keep: try row.int(2))
    }

    /// Arguments: slot, folder, time; answers the new run's id, or no row when the slot is taken.
    package static let claim = """
        INSERT INTO backup_runs (slot, outcome, folder, started_at, message, articles, bytes)
        VALUES (?, 'running', ?, ?, '', 0, 0)
        ON CONFLICT (slot) DO NOTHING RETURNING id
        """

    /// Arguments: outcome, time, message, articles, bytes, id.
    package static let finish = """
        UPDATE backup_runs SET outcome = ?, finished_at = ?, message = ?, articles = ?, bytes = ? WHERE id = ?
        """

    /// A run that has been going for `interruptedAfter` is one whose server stopped during it.
    /// Arguments: the time, the time less `interruptedAfter`.
    package static let markInterrupted = """
        UPDATE backup_runs SET outcome = 'failed', finished_at = ?,
            message = 'the server stopped before the backup was finished'
        WHERE outcome = 'running' AND started_at < ?
        """

    package static let interruptedAfter: TimeInterval = 6 * 3_600

    /// Argument: how many, newest first.
    package static let recent = """
        SELECT id, slot, outcome, folder, started_at, finished_at, message, articles, bytes
        FROM backup_runs ORDER BY started_at DESC, id DESC LIMIT ?
        """

    package static func run(_ row: some StoreRow) throws -> BackupRun {
        BackupRun(
            id: try row.int64(0), slot: try row.text(1),
            outcome: BackupRun.Outcome(rawValue: try row.text(2)) ?? .failed, folder: try row.text(3),
            startedAt: Date(timeIntervalSince1970: try row.double(4)),
            finishedAt: try row.optionalDouble(5).map(Date.init(timeIntervalSince1970:)), message: try row.text(6),
            articles: try row.int(7), bytes: try row.int64(8))
    }
}

extension BackupStatements {
    /// The one statement that sets the schedule, or ends it when there is none.
    package static func saving(_ schedule: BackupSchedule?) -> (sql: String, arguments: [StoreValue]) {
        guard let schedule else { return (removeSchedule, []) }
        return (saveSchedule, StoreValue.list(schedule.timeOfDay, schedule.folder, schedule.keep))
    }

    package static func interrupting(at date: Date) -> [StoreValue] {
        StoreValue.list(date, date.addingTimeInterval(-interruptedAfter))
    }

    package static func finishing(
        _ id: Int64, _ outcome: BackupRun.Outcome, message: String, articles: Int, bytes: Int64, at date: Date
    ) -> [StoreValue] {
        StoreValue.list(outcome.rawValue, date, message, articles, bytes, id)
    }

    /// The audit line's detail: "03:00 · /var/backups/sahifa · 7", or "—" for no schedule.
    package static func auditDetail(_ schedule: BackupSchedule?) -> String {
        guard let schedule else { return "—" }
        return "\(schedule.timeText) · \(schedule.folder) · \(schedule.keep)"
    }
}
