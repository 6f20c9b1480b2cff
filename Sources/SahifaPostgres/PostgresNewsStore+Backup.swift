import Foundation
import SahifaCore
import SahifaStore

extension PostgresNewsStore {
    public var backupKind: BackupKind { .postgresql }

    /// `pg_dump` in its custom format, on the snapshot of a repeatable-read transaction this
    /// store holds open meanwhile (`pg_export_snapshot`), so that the counts taken in that
    /// transaction are the counts of the dump, whatever the newsroom writes in the meantime.
    public func copyDatabase(to file: URL, programs: BackupPrograms) async throws -> BackupContents {
        guard let pgDump = BackupPrograms.find("pg_dump", named: programs.pgDump) else {
            throw BackupError.programMissing(name: programs.pgDump ?? "pg_dump")
        }
        let environment = location.programEnvironment
        return try await readPrimary { db in
            guard let snapshot = try await db.firstRow("SELECT pg_export_snapshot()", [], { try $0.text(0) }) else {
                throw StoreError.unavailable(reason: "PostgreSQL exported no snapshot")
            }
            try await ExternalProgram.run(
                pgDump, ["--format=custom", "--snapshot=\(snapshot)", "--file=\(file.path)"],
                environment: environment)
            return try await PostgresTransferRows(session: db).backupContents()
        }
    }

    /// Whether the database holds no table of its own yet, so a backup may be put into it.
    public func isEmptyDatabase() async throws -> Bool {
        try await readPrimary { db in
            try await db.firstRow(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()", [], { try $0.int(0) })
                == 0
        }
    }
}

/// The backup schedule and the record of backups, on PostgreSQL.
extension PostgresNewsStore {
    public func backupSchedule() async throws -> BackupSchedule? {
        try await readPrimary { db in try await db.firstRow(BackupStatements.schedule, [], BackupStatements.schedule) }
    }

    public func saveBackupSchedule(_ schedule: BackupSchedule?, at date: Date, by account: AccountID?) async throws {
        try schedule?.validate()
        try await write { db -> Void in
            let saving = BackupStatements.saving(schedule)
            try await db.run(saving.sql, saving.arguments)
            try await PostgresAuditTrail.record(
                .backupScheduleSaved, article: nil, detail: BackupStatements.auditDetail(schedule), by: account,
                at: date, in: db)
        }
    }

    public func claimBackupRun(slot: String, folder: String, at date: Date) async throws -> Int64? {
        try await write { db in
            try await db.run(BackupStatements.markInterrupted, BackupStatements.interrupting(at: date))
            return try await db.firstRow(BackupStatements.claim, StoreValue.list(slot, folder, date)) {
                try $0.int64(0)
            }
        }
    }

    public func finishBackupRun(
        id: Int64, outcome: BackupRun.Outcome, message: String, articles: Int, bytes: Int64, at date: Date
    ) async throws {
        try await write { db -> Void in
            try await db.run(
                BackupStatements.finish,
                BackupStatements.finishing(id, outcome, message: message, articles: articles, bytes: bytes, at: date))
        }
    }

    public func backupRuns(limit: Int) async throws -> [BackupRun] {
        try await readPrimary { db in try await db.rows(BackupStatements.recent, [limit], BackupStatements.run) }
    }
}
