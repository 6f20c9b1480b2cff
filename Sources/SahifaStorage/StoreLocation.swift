import Logging
import SahifaPostgres
import SahifaSQLite
import SahifaStore

/// Where a newsroom's data lives: a SQLite file (the default, for one machine) or a
/// PostgreSQL server, named by a `postgres://` address, for several instances.
public struct StoreLocation: Sendable, CustomStringConvertible {
    /// A SQLite file path or a `postgres://` address.
    public var database: String
    /// A PostgreSQL read replica for reader pages and search; only with a PostgreSQL database.
    public var readReplica: String?
    /// The most connections an instance opens to each PostgreSQL server.
    public var poolSize: Int

    public init(_ database: String, readReplica: String? = nil, poolSize: Int = 10) {
        self.database = database
        self.readReplica = readReplica
        self.poolSize = poolSize
    }

    public var isPostgres: Bool { PostgresLocation.isPostgres(database) }

    /// The location for messages and logs, without any password.
    public var description: String {
        isPostgres ? ((try? PostgresLocation(database))?.description ?? PostgresLocation.redacted(database)) : database
    }

    /// Opens the store (without migrating it).
    /// - Parameter traceStatements: SQLite only; see `SQLiteNewsStore.init`.
    /// - Throws: `StoreError.cannotOpen`.
    public func open(logger: Logger, traceStatements: (@Sendable (String) -> Void)? = nil) async throws -> any NewsStore
    {
        if isPostgres {
            return try await PostgresNewsStore(
                url: database, readReplicaURL: readReplica, poolSize: poolSize, logger: logger)
        }
        if let readReplica {
            throw StoreError.cannotOpen(
                location: PostgresLocation.redacted(readReplica), reason: "a read replica needs a PostgreSQL database"
            )
        }
        return try SQLiteNewsStore(path: database, traceStatements: traceStatements)
    }
}
