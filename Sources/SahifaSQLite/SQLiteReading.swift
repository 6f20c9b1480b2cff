import GRDB
import GRDBSQLite
import SahifaStore

/// What the reader path needs from a connection: run one of its constant statements with
/// arguments and turn each row into a value. GRDB's `Database` provides it inside writes;
/// `ReaderConnection` provides it for reader pages.
protocol SQLiteReading {
    /// The prepared statement for `sql`, made once per connection and reused.
    func preparedStatement(_ sql: String) throws -> OpaquePointer
    /// The error SQLite reports for `code` on this connection.
    func failure(_ code: Int32, sql: String) -> DatabaseError
}

extension SQLiteReading {
    /// Runs `sql` (constant text with `?` for every value) and turns each row into a value
    /// while it is current.
    /// - Throws: `DatabaseError` when SQLite reports an error.
    func rows<T>(_ sql: String, arguments: [any SQLiteArgument] = [], _ transform: (SQLiteRow) throws -> T) throws
        -> [T]
    {
        var values: [T] = []
        try forEachRow(sql, arguments: arguments) { values.append(try transform($0)) }
        return values
    }

    /// Runs `sql` and hands each row to `body` while it is current, keeping none.
    /// - Throws: `DatabaseError` when SQLite reports an error.
    func forEachRow(_ sql: String, arguments: [any SQLiteArgument] = [], _ body: (SQLiteRow) throws -> Void) throws {
        let statement = try preparedStatement(sql)
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (offset, argument) in arguments.enumerated() {
            let code = argument.bind(to: statement, at: Int32(offset + 1))
            guard code == SQLITE_OK else { throw failure(code, sql: sql) }
        }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                try body(SQLiteRow(statement: statement))
            case SQLITE_DONE:
                return
            case let code:
                throw failure(code, sql: sql)
            }
        }
    }

    /// The first row's value, or nil when there is none.
    func firstRow<T>(_ sql: String, arguments: [any SQLiteArgument] = [], _ transform: (SQLiteRow) throws -> T) throws
        -> T?
    {
        try rows(sql, arguments: arguments, transform).first
    }
}

extension Database: SQLiteReading {
    func preparedStatement(_ sql: String) throws -> OpaquePointer {
        let statement = try cachedStatement(sql: sql).sqliteStatement
        sqlite3_reset(statement)
        return statement
    }

    func failure(_ code: Int32, sql: String) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql
        )
    }
}

extension SQLiteReading {
    /// Runs a statement for its effect, with the values of a statement written for both stores.
    /// - Throws: `DatabaseError` when SQLite reports an error.
    func run(_ sql: String, arguments: [any SQLiteArgument]) throws {
        try forEachRow(sql, arguments: arguments) { _ in }
    }
}

extension Database {
    /// Runs an insert and answers the new row's id. SQLite knows it without a `RETURNING`
    /// clause, which made each insert of an import slower (docs/PERFORMANCE.md).
    func insertedID(_ sql: String, arguments: [any SQLiteArgument]) throws -> Int64 {
        try run(sql, arguments: arguments)
        return lastInsertedRowID
    }

    /// Runs a statement and answers whether it changed any row.
    func changedAny(_ sql: String, arguments: [any SQLiteArgument]) throws -> Bool {
        try run(sql, arguments: arguments)
        return changesCount > 0
    }

}
