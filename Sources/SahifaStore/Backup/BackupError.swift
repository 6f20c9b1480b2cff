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
