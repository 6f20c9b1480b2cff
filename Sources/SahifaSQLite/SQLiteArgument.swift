import GRDBSQLite
import SahifaStore

/// A value that can be bound to a `?` of a statement on the reader path.
protocol SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32
}

/// SQLite copies bound text, so the Swift string need not outlive the call.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension Int64: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_int64(statement, index, self) }
}

extension Int: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, Int64(self))
    }
}

extension Double: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 { sqlite3_bind_double(statement, index, self) }
}

extension Bool: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        sqlite3_bind_int64(statement, index, self ? 1 : 0)
    }
}

extension String: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        // An empty buffer may have no address, and SQLite reads a null address as NULL.
        guard !isEmpty else { return sqlite3_bind_text(statement, index, "", 0, transient) }
        var text = self
        return text.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) {
                sqlite3_bind_text(statement, index, $0.baseAddress, Int32($0.count), transient)
            }
        }
    }
}

extension StoreValue: SQLiteArgument {
    func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
        switch self {
        case .integer(let value): sqlite3_bind_int64(statement, index, value)
        case .double(let value): sqlite3_bind_double(statement, index, value)
        case .text(let value): value.bind(to: statement, at: index)
        case .flag(let value): sqlite3_bind_int64(statement, index, value ? 1 : 0)
        case .null: sqlite3_bind_null(statement, index)
        }
    }
}
