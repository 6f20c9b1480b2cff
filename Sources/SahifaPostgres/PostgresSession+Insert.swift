import SahifaStore

extension PostgresSession {
    /// Runs an insert of one row and answers its id, asked for with `RETURNING id`.
    /// - Throws: `PostgresStatementError.noRow` if the server answered without the row, which
    ///   only a broken statement can cause.
    func insertedID(_ sql: String, _ arguments: [any PostgresArgument]) async throws -> Int64 {
        guard let id = try await firstRow(sql + " RETURNING id", arguments, { try $0.int64(0) }) else {
            throw PostgresStatementError.noRow(sql)
        }
        return id
    }

    /// Runs a statement and answers whether it changed any row.
    func changedAny(_ sql: String, _ arguments: [any PostgresArgument]) async throws -> Bool {
        try await firstRow(sql + " RETURNING 1", arguments, { _ in true }) != nil
    }
}

/// A statement that did not answer as written.
enum PostgresStatementError: Error {
    case noRow(String)
}
