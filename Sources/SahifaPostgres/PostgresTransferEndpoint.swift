import PostgresNIO
import SahifaStore

/// A PostgreSQL store as one side of a transfer: reads on the primary, writes under the
/// store's write lock like every other write.
package struct PostgresTransferEndpoint: TransferEndpoint {
    let postgres: PostgresNewsStore

    package init(postgres: PostgresNewsStore) {
        self.postgres = postgres
    }

    package var store: any NewsStore { postgres }

    /// PostgreSQL allows at most 65,535 values in one statement; a statement of a few
    /// thousand keeps the round trips few without nearing that.
    private static let valuesPerStatement = 8_000

    package func rows(of table: TransferTable, after key: [TransferValue]?, limit: Int) async throws
        -> [[TransferValue]]
    {
        try await postgres.readPrimary { db in
            try await PostgresTransferRows(session: db).rows(of: table, after: key, limit: limit)
        }
    }

    package func lastKey(of table: TransferTable) async throws -> [TransferValue]? {
        try await postgres.readPrimary { db in try await PostgresTransferRows(session: db).lastKey(of: table) }
    }

    package func count(of table: TransferTable) async throws -> Int {
        try await postgres.readPrimary { db in try await PostgresTransferRows(session: db).count(of: table) }
    }

    /// One repeatable-read transaction on the primary for the whole of `body`.
    package func readingSnapshot<T: Sendable>(_ body: @Sendable (any TransferRows) async throws -> T) async throws
        -> T
    {
        try await postgres.readPrimary { db in try await body(PostgresTransferRows(session: db)) }
    }

    package func insert(_ rows: [[TransferValue]], into table: TransferTable) async throws {
        let rowsPerStatement = max(1, Self.valuesPerStatement / table.columns.count)
        try await postgres.write { db in
            for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
                let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
                let arguments = chunk.flatMap { row in
                    zip(table.columns, row).map { PostgresTransferRows.argument($1, for: $0) }
                }
                try await db.run(table.insert(rows: chunk.count), arguments)
            }
        }
    }

    package func removeRows(of table: TransferTable) async throws {
        try await postgres.write { db in try await db.run(table.deleteRows) }
    }

    /// Copied rows keep their ids, which the identity sequences did not hand out; without
    /// this the next section or article would be given id 1 again.
    package func numberNewRowsAfterCopy(of tables: [TransferTable]) async throws {
        try await postgres.write { db in
            for table in tables where table.numbersNewRows {
                try await db.run(
                    "SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE(MAX(id), 0) + 1, false) "
                        + "FROM \(table.name)",
                    [table.name]
                )
            }
        }
    }

    package func close() {
        postgres.close()
    }
}
