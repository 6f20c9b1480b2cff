import ArgumentParser
import Foundation
import Logging
import SahifaStorage
import SahifaStore

/// Where the site's data lives; shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "SQLite database file (default: sahifa.sqlite, or sahifa-demo.sqlite with --demo), or a PostgreSQL address "
                + "postgres://user:password@host:port/database[?sslmode=require]. Env: SAHIFA_DATABASE.",
            valueName: "path-or-url"
        )
    )
    var databaseFlag: String?

    @Option(
        name: .customLong("media"),
        help: ArgumentHelp(
            "Folder for stored pictures (default: beside the database, e.g. sahifa-media/). Env: SAHIFA_MEDIA.",
            valueName: "folder"
        )
    )
    var mediaFlag: String?

    @Option(
        name: .customLong("database-pool-size"),
        help: ArgumentHelp(
            "PostgreSQL only: the most connections this process opens to the database (default 10). "
                + "Env: SAHIFA_DATABASE_POOL_SIZE.",
            valueName: "n"
        )
    )
    var poolSizeFlag: Int?

    /// The database path: flag, then environment, then `fallback`.
    func databasePath(fallback: String = "sahifa.sqlite") -> String {
        databaseFlag ?? Environment.value("SAHIFA_DATABASE") ?? fallback
    }

    /// Where the store is: `databasePath(fallback:)`, with the pool size and `readReplica`.
    func location(fallback: String = "sahifa.sqlite", readReplica: String? = nil) -> StoreLocation {
        StoreLocation(databasePath(fallback: fallback), readReplica: readReplica, poolSize: poolSize)
    }

    /// The store, its schema brought up to date; a store that cannot be opened is a one-line failure.
    func openMigrated() async throws -> any NewsStore {
        do {
            let database = try await location().open(logger: Logger(label: "sahifa"))
            try await database.migrate()
            return database
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        }
    }

    private var poolSize: Int {
        poolSizeFlag ?? Environment.value("SAHIFA_DATABASE_POOL_SIZE").flatMap(Int.init) ?? 10
    }

    var mediaFolder: String? {
        mediaFlag ?? Environment.value("SAHIFA_MEDIA")
    }

    func validate() throws {
        if let path = databaseFlag, path.isEmpty {
            throw ValidationError("--database needs a file path, e.g. --database news.sqlite")
        }
        if !(2...500).contains(poolSize) {
            throw ValidationError("--database-pool-size must be between 2 and 500")
        }
        if poolSizeFlag == nil, let text = Environment.value("SAHIFA_DATABASE_POOL_SIZE"), Int(text) == nil {
            throw ValidationError("SAHIFA_DATABASE_POOL_SIZE must be a number, not \"\(text)\"")
        }
    }
}
