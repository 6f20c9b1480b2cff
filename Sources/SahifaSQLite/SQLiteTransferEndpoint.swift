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
        let sql = table.selectPage(afterKey: key != nil, textCollation: "BINARY")
        let arguments = StatementArguments((key ?? []).map(Self.databaseValue) + [limit.databaseValue])
        return try await sqlite.pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try zip(table.columns, row.databaseValues).map { column, value in
                    try Self.value(value, of: column, in: table)
                }
            }
        }
    }

    package func lastKey(of table: TransferTable) async throws -> [TransferValue]? {
        let sql = table.selectLastKey(textCollation: "BINARY")
        return try await sqlite.pool.read { db in
            try Row.fetchOne(db, sql: sql).map { row in
                try zip(table.keyColumns, row.databaseValues).map { column, value in
                    try Self.value(value, of: column, in: table)
                }
            }
        }
    }

    package func count(of table: TransferTable) async throws -> Int {
        try await sqlite.pool.read { db in try Int.fetchOne(db, sql: table.countRows) ?? 0 }
    }

    package func insert(_ rows: [[TransferValue]], into table: TransferTable) async throws {
        let sql = table.insert(rows: 1)
        try await sqlite.pool.write { db in
            for row in rows { try db.run(sql, StatementArguments(row.map(Self.databaseValue))) }
        }
    }

    package func removeRows(of table: TransferTable) async throws {
        try await sqlite.pool.write { db in try db.run(table.deleteRows) }
    }

    /// SQLite gives a new row the highest id plus one, so copied ids need nothing more.
    package func numberNewRowsAfterCopy(of tables: [TransferTable]) async throws {}

    /// GRDB closes the file when the pool is released.
    package func close() {}

    private static func databaseValue(_ value: TransferValue) -> DatabaseValue {
        switch value {
        case .integer(let integer): integer.databaseValue
        case .double(let double): double.databaseValue
        case .text(let text): text.databaseValue
        case .null: .null
        }
    }

    /// SQLite keeps a value of any type in any column; this takes what the column's kind
    /// allows, including a whole-number date SQLite may hand back as an integer.
    private static func value(_ value: DatabaseValue, of column: TransferColumn, in table: TransferTable) throws
        -> TransferValue
    {
        switch (column.kind, value.storage) {
        case (_, .null): return .null
        case (.integer, .int64(let integer)), (.flag, .int64(let integer)): return .integer(integer)
        case (.double, .double(let double)): return .double(double)
        case (.double, .int64(let integer)): return .double(Double(integer))
        case (.text, .string(let text)): return .text(text)
        default: throw StoreTransferError.unexpectedValue(table: table.name, column: column.name)
        }
    }
}
