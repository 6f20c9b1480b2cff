import PostgresNIO
import SahifaStore

/// A PostgreSQL result row read by column position, like `SQLiteRow`. Integer columns are
/// `bigint`, dates `double precision` seconds, flags `boolean` (see `PostgresMigrations`).
struct PostgresStoreRow: StoreRow {
    let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        cells = row.makeRandomAccess()
    }

    private func value<T: PostgresDecodable>(_ column: Int32, as type: T.Type) throws -> T {
        try cells[Int(column)].decode(T.self)
    }

    func int64(_ column: Int32) throws -> Int64 { try value(column, as: Int64.self) }
    func int(_ column: Int32) throws -> Int { Int(try value(column, as: Int64.self)) }
    func bool(_ column: Int32) throws -> Bool { try value(column, as: Bool.self) }
    func double(_ column: Int32) throws -> Double { try value(column, as: Double.self) }
    func optionalDouble(_ column: Int32) throws -> Double? { try value(column, as: Double?.self) }
    func optionalInt64(_ column: Int32) throws -> Int64? { try value(column, as: Int64?.self) }
    func text(_ column: Int32) throws -> String { try value(column, as: String.self) }
    func optionalText(_ column: Int32) throws -> String? { try value(column, as: String?.self) }
    func bytes(_ column: Int32) throws -> [UInt8] { Array(try text(column).utf8) }
}

extension PostgresStoreRow {
    /// A `text[]` column.
    func texts(_ column: Int32) throws -> [String] { try cells[Int(column)].decode([String].self) }
}
