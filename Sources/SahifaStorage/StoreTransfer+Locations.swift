import Foundation
import Logging
import SahifaPostgres
import SahifaSQLite
import SahifaStore

extension StoreTransfer {
    /// Opens both stores and brings each schema up to date with its own migrations.
    /// - Throws: `StoreTransferError.sameDatabase` when both name one database;
    ///   `StoreError.cannotOpen` when either cannot be opened (a SQLite source that does not
    ///   exist is not created); `StoreError.schemaTooNew`.
    public static func open(from source: StoreLocation, to target: StoreLocation, logger: Logger) async throws
        -> StoreTransfer
    {
        if try DatabaseIdentity(source) == DatabaseIdentity(target) {
            throw StoreTransferError.sameDatabase(location: target.description)
        }
        if !source.isPostgres, !FileManager.default.fileExists(atPath: source.database) {
            throw StoreError.cannotOpen(location: source.database, reason: "no such file")
        }
        let from = try await source.openTransferEndpoint(logger: logger)
        let to: any TransferEndpoint
        do {
            to = try await target.openTransferEndpoint(logger: logger)
        } catch {
            from.close()
            throw error
        }
        return try await migrating(source: source.description, target: target.description, from: from, to: to)
    }
}

extension StoreLocation {
    /// The store here as one side of a transfer or archive, schema not yet migrated.
    /// - Throws: `StoreError.cannotOpen`.
    package func openTransferEndpoint(logger: Logger) async throws -> any TransferEndpoint {
        if isPostgres {
            return PostgresTransferEndpoint(
                postgres: try await PostgresNewsStore(url: database, poolSize: poolSize, logger: logger))
        }
        return SQLiteTransferEndpoint(sqlite: try SQLiteNewsStore(path: database))
    }
}
