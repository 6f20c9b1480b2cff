/// Why a backup could not be made, checked or put back.
public enum BackupError: Error, Sendable, Hashable {
    /// The backup's folder is there already.
    case exists(path: String)
    /// The folder holds no Sahifa backup, or its description cannot be read.
    case notABackup(path: String, reason: String)
    /// The backup is in a later version of the format than this Sahifa reads.
    case newerVersion(Int)
    /// `pg_dump` or `pg_restore` was not found.
    case programMissing(name: String)
    /// `pg_dump` or `pg_restore` ended with a failure; `message` is the end of what it said.
    case programFailed(name: String, status: Int32, message: String)
    /// Checking found these faults; the backup cannot be trusted.
    case damaged(path: String, faults: [String])
    /// The target database already holds a site and replacing it was not asked for.
    case targetNotEmpty(location: String)
    /// A backup of one kind of database cannot be put back into the other.
    case otherKind(backup: BackupKind, target: BackupKind)
}

extension BackupError: CustomStringConvertible {
    /// In the operator's words, one line: the command line prints it, and the admin's backups page shows it.
    public var description: String {
        switch self {
        case .exists(let path): "\(path) already exists; name a new folder for the backup"
        case .notABackup(let path, let reason): "\(path) is not a Sahifa backup: \(reason)"
        case .newerVersion(let version):
            "the backup is in version \(version) of the format, made by a later Sahifa; restore it with that version"
        case .programMissing(let name):
            "\(name) was not found; install PostgreSQL's client programs (apt-get install postgresql-client) "
                + "or name them with --pg-dump and --pg-restore (SAHIFA_PG_DUMP and SAHIFA_PG_RESTORE for the server)"
        case .programFailed(let name, let status, let message): "\(name) failed (exit status \(status)): \(message)"
        case .damaged(let path, let faults):
            "the backup \(path) cannot be trusted: "
                + faults.prefix(10).joined(separator: "; ")
                + (faults.count > 10 ? "; and \(faults.count - 10) more" : "")
        case .targetNotEmpty(let location):
            "\(location) already holds a site; restore into an empty database, or give --replace to put the backup "
                + "in its place (stop every server on it first)"
        case .otherKind(let backup, let target):
            "this is a backup of a \(backup.displayName) database and cannot go into \(target.displayName); restore "
                + "it into \(backup.displayName), then move it with `sahifa migrate-data`"
        }
    }
}
