import Foundation
import GRDB
import SahifaCore
import SahifaStore

extension SQLiteNewsStore {
    public var backupKind: BackupKind { .sqlite }

    /// SQLite's online backup, page by page from one snapshot of the WAL file: writers go on
    /// meanwhile, and the counts are taken in that same snapshot. The copy is left in rollback
    /// journal mode, one file that opens read-only anywhere; the server turns WAL back on when
    /// it opens a restored copy.
    public func copyDatabase(to file: URL, programs: BackupPrograms) async throws -> BackupContents {
        let snapshot = try pool.makeSnapshot()
        try await OwnThread.run {
            let copy = try DatabaseQueue(path: file.path)
            try snapshot.backup(to: copy)
            try copy.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            try copy.close()
        }
        return try await SQLiteTransferRows(reader: snapshot).backupContents()
    }
}

/// A SQLite copy in a backup: checked and counted read-only, and put in place of a database.
public enum SQLiteBackupFile {
    /// What the copy holds, after SQLite's full integrity check has passed.
    /// - Throws: `BackupError.damaged` with what the check found; `StoreError.cannotOpen`.
    public static func contents(of file: URL) async throws -> BackupContents {
        var configuration = Configuration()
        configuration.readonly = true
        let copy: DatabaseQueue
        do {
            copy = try DatabaseQueue(path: file.path, configuration: configuration)
        } catch {
            throw StoreError.cannotOpen(location: file.path, reason: "\(error)")
        }
        defer { try? copy.close() }
        let faults = try await copy.read { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
        }
        guard faults.isEmpty else { throw BackupError.damaged(path: file.path, faults: faults) }
        return try await SQLiteTransferRows(reader: copy).backupContents()
    }

    /// Whether a SQLite file at `path` holds any table; a file that is not there holds none.
    public static func holdsTables(_ path: String) async throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        let database = try DatabaseQueue(path: path)
        defer { try? database.close() }
        return try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0 > 0
        }
    }

    /// Puts `file` at `path`: copied beside it under another name first and renamed over it,
    /// so the database is at every moment either the old one or the whole copy. The old
    /// database's WAL and shared-memory files go, or SQLite would replay them onto the copy.
    public static func restore(_ file: URL, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let beside = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString).restoring")
        try FileManager.default.copyItem(at: file, to: beside)
        for leftover in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: leftover) {
            try FileManager.default.removeItem(atPath: leftover)
        }
        guard rename(beside.path, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: beside)
            throw StoreError.cannotOpen(location: path, reason: reason)
        }
    }
}

/// The backup schedule and the record of backups, on SQLite.
extension SQLiteNewsStore {
    public func backupSchedule() async throws -> BackupSchedule? {
        try readPage { db in try db.firstRow(BackupStatements.schedule, BackupStatements.schedule) }
    }

    public func saveBackupSchedule(_ schedule: BackupSchedule?, at date: Date, by account: AccountID?) async throws {
        try schedule?.validate()
        try await committing { db in
            let saving = BackupStatements.saving(schedule)
            try db.run(saving.sql, arguments: saving.arguments)
            try AuditTrail.record(
                .backupScheduleSaved, article: nil, detail: BackupStatements.auditDetail(schedule), by: account,
                at: date, in: db)
        }
    }

    public func claimBackupRun(slot: String, folder: String, at date: Date) async throws -> Int64? {
        try await committing { db in
            try db.run(BackupStatements.markInterrupted, arguments: BackupStatements.interrupting(at: date))
            return try db.firstRow(BackupStatements.claim, arguments: StoreValue.list(slot, folder, date)) {
                try $0.int64(0)
            }
        }
    }

    public func finishBackupRun(
        id: Int64, outcome: BackupRun.Outcome, message: String, articles: Int, bytes: Int64, at date: Date
    ) async throws {
        try await committing { db in
            try db.run(
                BackupStatements.finish,
                arguments: StoreValue.list(outcome.rawValue, date, message, articles, bytes, id))
        }
    }

    public func backupRuns(limit: Int) async throws -> [BackupRun] {
        try readPage { db in try db.rows(BackupStatements.recent, arguments: [limit], BackupStatements.run) }
    }
}
