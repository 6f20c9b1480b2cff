import ArgumentParser
import Foundation

/// Where the site's data lives; shared by every command that opens the store.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "SQLite database file (default: sahifa.sqlite, or sahifa-demo.sqlite with --demo). Env: SAHIFA_DATABASE.",
            valueName: "path"
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

    /// The database path: flag, then environment, then `fallback`.
    func databasePath(fallback: String = "sahifa.sqlite") -> String {
        databaseFlag ?? Environment.value("SAHIFA_DATABASE") ?? fallback
    }

    var mediaFolder: String? {
        mediaFlag ?? Environment.value("SAHIFA_MEDIA")
    }

    func validate() throws {
        if let path = databaseFlag, path.isEmpty {
            throw ValidationError("--database needs a file path, e.g. --database news.sqlite")
        }
        if let path = databaseFlag, path.hasPrefix("postgres://") || path.hasPrefix("postgresql://") {
            throw ValidationError("PostgreSQL is not supported by this build yet; give a SQLite file path")
        }
    }
}
