/// Which database a backup copies, and so how its copy is made, checked and put back.
public enum BackupKind: String, Sendable, Codable, CaseIterable {
    /// A copy of the SQLite file, taken with SQLite's online backup.
    case sqlite
    /// A `pg_dump` archive in its custom format, put back with `pg_restore`.
    case postgresql

    /// The copy's name inside the backup folder.
    public var databaseFile: String {
        switch self {
        case .sqlite: "database.sqlite"
        case .postgresql: "database.pgdump"
        }
    }

    /// As the operator reads it.
    public var displayName: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgresql: "PostgreSQL"
        }
    }
}
