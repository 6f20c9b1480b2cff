import SahifaStore

extension PostgresSession {
    /// Runs an `INSERT … RETURNING id` of one row and gives that row's id.
    /// - Throws: `PostgresStatementError.noRow` if the server answered without the row, which
    ///   only a broken statement can cause.
    func insertedID(_ sql: String, _ arguments: [any PostgresArgument]) async throws -> Int64 {
        guard let id = try await firstRow(sql, arguments, { try $0.int64(0) }) else {
            throw PostgresStatementError.noRow(sql)
        }
        return id
    }
}

/// A statement that did not answer as written.
enum PostgresStatementError: Error {
    case noRow(String)
}
