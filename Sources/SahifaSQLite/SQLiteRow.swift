import GRDB
import GRDBSQLite
import SahifaStore

/// The current row of a statement, read by column position through SQLite's C API. Reader
/// pages read every row through this: no row objects are made and nothing is decoded twice
/// (docs/PERFORMANCE.md). Valid only inside the closure that receives it.
struct SQLiteRow: StoreRow {
    let statement: OpaquePointer

    func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(statement, column) == SQLITE_NULL
    }

    func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(statement, column)
    }

    func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement, column))
    }

    func bool(_ column: Int32) -> Bool {
        sqlite3_column_int64(statement, column) != 0
    }

    func double(_ column: Int32) -> Double {
        sqlite3_column_double(statement, column)
    }

    func optionalDouble(_ column: Int32) -> Double? {
        isNull(column) ? nil : double(column)
    }

    func optionalInt64(_ column: Int32) -> Int64? {
        isNull(column) ? nil : int64(column)
    }

    func text(_ column: Int32) -> String {
        guard let start = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    func optionalText(_ column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    /// A text column's UTF-8 bytes as stored, without making a `String` (for rendered HTML).
    func bytes(_ column: Int32) -> [UInt8] {
        guard let start = sqlite3_column_text(statement, column) else { return [] }
        let count = Int(sqlite3_column_bytes(statement, column))
        return Array(UnsafeBufferPointer(start: start, count: count))
    }
}
