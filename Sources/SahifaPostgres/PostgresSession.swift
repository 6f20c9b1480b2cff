import Logging
import PostgresNIO
import SahifaStore

/// One leased connection, usually inside a transaction, with the statement helpers the
/// store's code uses. Statements are written with `?` for each value, as for SQLite; they
/// are numbered `$1, $2, …` here and every value is sent as a bound parameter.
struct PostgresSession: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs `sql` and turns each row into a value.
    func rows<T>(_ sql: String, _ arguments: [any PostgresArgument] = [], _ transform: (PostgresStoreRow) throws -> T)
        async throws -> [T]
    {
        var values: [T] = []
        for try await row in try await PostgresStatementWatch.answer(
            to: Self.query(sql, arguments), on: connection, logger: logger)
        {
            values.append(try transform(PostgresStoreRow(row)))
        }
        return values
    }

    /// The first row's value, or nil when there is none.
    func firstRow<T>(
        _ sql: String, _ arguments: [any PostgresArgument] = [], _ transform: (PostgresStoreRow) throws -> T
    )
        async throws -> T?
    {
        try await rows(sql, arguments, transform).first
    }

    /// Runs a statement for its effect.
    func run(_ sql: String, _ arguments: [any PostgresArgument] = []) async throws {
        _ = try await PostgresStatementWatch.answer(to: Self.query(sql, arguments), on: connection, logger: logger)
            .collect()
    }

    /// `sql` with its `?` numbered and `arguments` bound. Our statements never hold a `?`
    /// inside a literal, so every `?` is a parameter.
    static func query(_ sql: String, _ arguments: [any PostgresArgument]) -> PostgresQuery {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments { argument.bind(to: &bindings) }
        guard sql.utf8.contains(UInt8(ascii: "?")) else { return PostgresQuery(unsafeSQL: sql, binds: bindings) }
        var numbered = ""
        numbered.reserveCapacity(sql.utf8.count + 8)
        var parameter = 0
        for character in sql {
            if character == "?" {
                parameter += 1
                numbered += "$\(parameter)"
            } else {
                numbered.append(character)
            }
        }
        return PostgresQuery(unsafeSQL: numbered, binds: bindings)
    }
}
