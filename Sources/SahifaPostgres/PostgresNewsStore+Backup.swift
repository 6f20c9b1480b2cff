import Foundation
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
