import Foundation
import SahifaCore

/// What a backup needs of the store: a copy of the whole database taken at one moment while
/// the site keeps serving and taking writes; and the server's record of its scheduled backups.
public protocol BackupStore: Sendable {
    /// Which database this is, and so which kind of copy it makes.
    var backupKind: BackupKind { get }

    /// Writes a copy of the whole database, as it stood at one moment, to `file` (which must
    /// not exist), and answers what the database held at that moment.
    /// - Throws: `BackupError.programMissing` or `.programFailed` on PostgreSQL; the
    ///   database's and the file system's errors.
    func copyDatabase(to file: URL, programs: BackupPrograms) async throws -> BackupContents

    /// The schedule an admin set, or nil when the server makes no backups by itself.
    func backupSchedule() async throws -> BackupSchedule?

    /// Sets or (with nil) ends the schedule, with a line in the audit log.
    /// - Throws: `InvalidBackupSchedule` before anything is written.
    func saveBackupSchedule(_ schedule: BackupSchedule?, at date: Date, by account: AccountID?) async throws

    /// Records that a backup for `slot` begins, unless one was begun for it already (by this
    /// instance or another): answers the run's id, or nil when the slot was taken. Runs left
    /// running for hours by a server that stopped are marked failed first.
    func claimBackupRun(slot: String, folder: String, at date: Date) async throws -> Int64?

    func finishBackupRun(
        id: Int64, outcome: BackupRun.Outcome, message: String, articles: Int, bytes: Int64, at date: Date
    ) async throws

    /// The newest runs first.
    func backupRuns(limit: Int) async throws -> [BackupRun]
}
