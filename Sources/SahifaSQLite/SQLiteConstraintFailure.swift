import GRDB
import SahifaStore

/// A SQLite failure the newsroom can act on, in the store's terms: a full disk, or a constraint failure: SQLite names the rule in its message,
/// "UNIQUE constraint failed: accounts.email", "NOT NULL constraint failed: articles.slug",
/// "CHECK constraint failed: keep BETWEEN 1 AND 365" or "FOREIGN KEY constraint failed".
enum SQLiteConstraintFailure {
    static func refusal(_ error: any Error) -> StoreError? {
        guard let error = error as? DatabaseError else { return nil }
        if error.resultCode == .SQLITE_FULL { return .diskFull }
        guard error.resultCode == .SQLITE_CONSTRAINT else { return nil }
        let message = error.message ?? ""
        let detail = message.split(separator: ":", maxSplits: 1).dropFirst().first.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard let detail, !detail.isEmpty else { return .refusedValue(table: "", field: "reference") }
        // The first column named; a CHECK names its expression, whose first word is the column.
        let first = detail.split(separator: ",").first.map(String.init) ?? detail
        let word = first.split(separator: " ").first.map(String.init) ?? first
        let parts = word.split(separator: ".")
        return parts.count == 2
            ? .refusedValue(table: String(parts[0]), field: String(parts[1]))
            : .refusedValue(table: "", field: word)
    }
}

extension SQLiteNewsStore {
    /// One write transaction on the pool; a value the schema refuses comes out as
    /// `StoreError.refusedValue`, and a full disk as `StoreError.diskFull`, rather than SQLite's own error.
    func committing<T: Sendable>(_ work: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(work)
        } catch {
            if let refusal = SQLiteConstraintFailure.refusal(error) { throw refusal }
            throw error
        }
    }
}
