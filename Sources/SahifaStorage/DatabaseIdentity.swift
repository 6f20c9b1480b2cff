import Foundation
import SahifaPostgres
import SahifaStore

/// Which database a location names, so that two spellings of one database compare equal:
/// a SQLite file by its absolute path with links resolved, a PostgreSQL database by its
/// server and name.
package enum DatabaseIdentity: Hashable {
    case sqlite(path: String)
    case postgres(host: String, port: Int, database: String)

    /// - Throws: `StoreError.cannotOpen` for a `postgres://` address that does not parse.
    package init(_ location: StoreLocation) throws {
        if location.isPostgres {
            let address = try PostgresLocation(location.database)
            self = .postgres(host: address.host.lowercased(), port: address.port, database: address.database)
        } else {
            let file = URL(fileURLWithPath: location.database).standardizedFileURL
            self = .sqlite(path: file.resolvingSymlinksInPath().path)
        }
    }
}
