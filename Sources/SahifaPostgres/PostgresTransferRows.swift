import PostgresNIO
import SahifaStore

/// A PostgreSQL store's tables read for a transfer, in one transaction of the primary.
struct PostgresTransferRows: TransferRows {
    let session: PostgresSession

    func rows(of table: TransferTable, after key: [TransferValue]?, limit: Int) async throws -> [[TransferValue]] {
        let sql = table.selectPage(afterKey: key != nil, textCollation: "\"C\"")
        let arguments = zip(table.keyColumns, key ?? []).map { Self.argument($1, for: $0) } + [limit]
        return try await session.rows(sql, arguments) { row in try Self.values(row, table.columns, in: table) }
    }

    func lastKey(of table: TransferTable) async throws -> [TransferValue]? {
        let sql = table.selectLastKey(textCollation: "\"C\"")
        return try await session.firstRow(sql) { row in try Self.values(row, table.keyColumns, in: table) }
    }

    func count(of table: TransferTable) async throws -> Int {
        try await session.firstRow(table.countRows) { try $0.int(0) } ?? 0
    }

    static func argument(_ value: TransferValue, for column: TransferColumn) -> any PostgresArgument {
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
