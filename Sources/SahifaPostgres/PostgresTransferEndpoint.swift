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
        let sql = table.selectPage(afterKey: key != nil, textCollation: "\"C\"")
        return try await postgres.readPrimary { db in
            let arguments = zip(table.keyColumns, key ?? []).map { Self.argument($1, for: $0) } + [limit]
            return try await db.rows(sql, arguments) { row in try Self.values(row, table.columns, in: table) }
        }
    }

    package func lastKey(of table: TransferTable) async throws -> [TransferValue]? {
        let sql = table.selectLastKey(textCollation: "\"C\"")
        return try await postgres.readPrimary { db in
            try await db.firstRow(sql) { row in try Self.values(row, table.keyColumns, in: table) }
        }
    }

    package func count(of table: TransferTable) async throws -> Int {
        try await postgres.readPrimary { db in try await db.firstRow(table.countRows) { try $0.int(0) } ?? 0 }
    }

    package func insert(_ rows: [[TransferValue]], into table: TransferTable) async throws {
        let rowsPerStatement = max(1, Self.valuesPerStatement / table.columns.count)
        try await postgres.write { db in
            for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
                let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
                let arguments = chunk.flatMap { row in zip(table.columns, row).map { Self.argument($1, for: $0) } }
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

    private static func argument(_ value: TransferValue, for column: TransferColumn) -> any PostgresArgument {
        switch value {
        case .integer(let integer): column.kind == .flag ? integer != 0 : integer
        case .double(let double): double
        case .text(let text): text
        case .null: String?.none
        }
    }

    private static func values(_ row: PostgresStoreRow, _ columns: [TransferColumn], in table: TransferTable) throws
        -> [TransferValue]
    {
        try columns.enumerated().map { index, column in
            let cell = row.cells[index]
            do {
                switch column.kind {
                case .integer: return try cell.decode(Int64?.self).map(TransferValue.integer) ?? .null
                case .double: return try cell.decode(Double?.self).map(TransferValue.double) ?? .null
                case .text: return try cell.decode(String?.self).map(TransferValue.text) ?? .null
                case .flag: return try cell.decode(Bool?.self).map { .integer($0 ? 1 : 0) } ?? .null
                }
            } catch {
                throw StoreTransferError.unexpectedValue(table: table.name, column: column.name)
            }
        }
    }
}
