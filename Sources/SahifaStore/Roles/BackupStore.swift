import Foundation

/// What a backup needs of the store: a copy of the whole database taken at one moment while
/// the site keeps serving and taking writes.
public protocol BackupStore: Sendable {
    /// Which database this is, and so which kind of copy it makes.
    var backupKind: BackupKind { get }

    /// Writes a copy of the whole database, as it stood at one moment, to `file` (which must
    /// not exist), and answers what the database held at that moment.
    /// - Throws: `BackupError.programMissing` or `.programFailed` on PostgreSQL; the
    ///   database's and the file system's errors.
    func copyDatabase(to file: URL, programs: BackupPrograms) async throws -> BackupContents
}
