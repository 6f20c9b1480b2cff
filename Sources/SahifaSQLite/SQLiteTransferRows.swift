import GRDB
import SahifaStore

/// A SQLite store's tables read for a transfer, through the pool or through one snapshot.
struct SQLiteTransferRows: TransferRows {
    let reader: any DatabaseReader

    func rows(of table: TransferTable, after key: [TransferValue]?, limit: Int) async throws -> [[TransferValue]] {
        let sql = table.selectPage(afterKey: key != nil, textCollation: "BINARY")
        let arguments = StatementArguments((key ?? []).map(Self.databaseValue) + [limit.databaseValue])
        return try await reader.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                try zip(table.columns, row.databaseValues).map { column, value in
                    try Self.value(value, of: column, in: table)
                }
            }
        }
    }

    func lastKey(of table: TransferTable) async throws -> [TransferValue]? {
        let sql = table.selectLastKey(textCollation: "BINARY")
        return try await reader.read { db in
            try Row.fetchOne(db, sql: sql).map { row in
                try zip(table.keyColumns, row.databaseValues).map { column, value in
                    try Self.value(value, of: column, in: table)
                }
            }
        }
    }

    func count(of table: TransferTable) async throws -> Int {
        try await reader.read { db in try Int.fetchOne(db, sql: table.countRows) ?? 0 }
    }

    static func databaseValue(_ value: TransferValue) -> DatabaseValue {
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
