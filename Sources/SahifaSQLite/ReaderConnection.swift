import Foundation
import GRDB
import GRDBSQLite
import SahifaStore

/// A connection that only reads, for reader pages: opened once, its statements prepared once,
/// and lent by `ReaderConnections` to one caller at a time.
///
/// `@unchecked Sendable` is safe here because the pool hands each connection to exactly one
/// caller at a time (under its lock) and takes it back when the caller is done, so its
/// mutable statement cache is never touched by two threads at once.
final class ReaderConnection: SQLiteReading, @unchecked Sendable {
    private let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]
    private let trace: StatementTrace?
    private var phraseCounts = PhraseArticleCounts()

    /// Opens `path` for reading (`query_only`, so not even a mistaken statement can write).
    init(path: String, trace: (@Sendable (String) -> Void)?) throws {
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(opened)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        handle = opened
        sqlite3_busy_timeout(handle, 5000)
        self.trace = trace.map(StatementTrace.init)
        if let box = self.trace {
            sqlite3_trace_v2(
                handle, UInt32(SQLITE_TRACE_STMT), traceStatement, Unmanaged.passUnretained(box).toOpaque())
        }
        _ = try rows("PRAGMA query_only = ON") { _ in () }
        // Pages read through the mapping instead of a read call each: on search, where a query
        // touches many index pages, this took a tenth off the time per request.
        _ = try rows("PRAGMA mmap_size = 1073741824") { _ in () }
        try ArticleRank.register(on: handle)
    }

    /// How many indexed articles hold each of `phrases` (FTS5 phrases, each in double quotes),
    /// in order, for `ArticleRank`: remembered until another connection writes.
    func articleCounts(of phrases: [String]) throws -> ArticleRank.Counts {
        let version = try firstRow("PRAGMA data_version") { $0.int64(0) } ?? 0
        return ArticleRank.Counts(
            perPhrase: try phraseCounts.counts(for: phrases, atVersion: version) { phrase in
                try firstRow("SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?", arguments: [phrase]) {
                    $0.int64(0)
                } ?? 0
            }
        )
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    func preparedStatement(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard code == SQLITE_OK, let prepared else { throw failure(code, sql: sql) }
        statements[sql] = prepared
        return prepared
    }

    func failure(_ code: Int32, sql: String) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}

/// Holds the trace closure for SQLite's C callback; the connection keeps it alive.
private final class StatementTrace {
    let receive: @Sendable (String) -> Void

    init(_ receive: @escaping @Sendable (String) -> Void) {
        self.receive = receive
    }
}

/// SQLite calls this for each statement it starts; `sql` is its text with `?` for arguments.
private func traceStatement(
    _ event: UInt32,
    _ context: UnsafeMutableRawPointer?,
    _ statement: UnsafeMutableRawPointer?,
    _ sql: UnsafeMutableRawPointer?
) -> Int32 {
    guard let context, let sql else { return 0 }
    let trace = Unmanaged<StatementTrace>.fromOpaque(context).takeUnretainedValue()
    trace.receive(String(cString: sql.assumingMemoryBound(to: CChar.self)))
    return 0
}
