import GRDB
import SahifaStore

/// A SQLite store as one side of a transfer, through its GRDB pool (not through the
/// reader connections, which are for pages).
package struct SQLiteTransferEndpoint: TransferEndpoint {
    let sqlite: SQLiteNewsStore

    package init(sqlite: SQLiteNewsStore) {
        self.sqlite = sqlite
    }

    package var store: any NewsStore { sqlite }

    package func rows(of table: TransferTable, after key: [TransferValue]?, limit: Int) async throws
        -> [[TransferValue]]
    {
        try await SQLiteTransferRows(reader: sqlite.pool).rows(of: table, after: key, limit: limit)
    }

    package func lastKey(of table: TransferTable) async throws -> [TransferValue]? {
        try await SQLiteTransferRows(reader: sqlite.pool).lastKey(of: table)
    }

    package func count(of table: TransferTable) async throws -> Int {
        try await SQLiteTransferRows(reader: sqlite.pool).count(of: table)
    }

    /// A GRDB snapshot keeps one read transaction open on the WAL file while writers go on.
    package func readingSnapshot<T: Sendable>(_ body: @Sendable (any TransferRows) async throws -> T) async throws
        -> T
    {
        try await body(SQLiteTransferRows(reader: try sqlite.pool.makeSnapshot()))
    }

    package func insert(_ rows: [[TransferValue]], into table: TransferTable) async throws {
        let sql = table.insert(rows: 1)
        try await sqlite.pool.write { db in
            for row in rows { try db.run(sql, StatementArguments(row.map(SQLiteTransferRows.databaseValue))) }
        }
    }

    package func removeRows(of table: TransferTable) async throws {
        try await sqlite.pool.write { db in try db.run(table.deleteRows) }
    }

    /// SQLite gives a new row the highest id plus one, so copied ids need nothing more.
    package func numberNewRowsAfterCopy(of tables: [TransferTable]) async throws {}

    /// GRDB closes the file when the pool is released.
    package func close() {}
}
