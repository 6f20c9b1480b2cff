import Foundation
import SahifaStorage
import SahifaStore

/// A backup's contents and failures in the operator's words.
enum BackupText {
    /// "SQLite copy of 12.3 MB, 28 articles (40 revisions), …, 30 picture files (4.1 MB)".
    static func contents(_ manifest: BackupManifest) -> String {
        let missing =
            manifest.pictures.missing.isEmpty ? "" : ", \(manifest.pictures.missing.count) pictures without a file"
        return "\(manifest.store.displayName) copy of \(megabytes(manifest.database.bytes)), "
            + "\(manifest.rows(of: "articles")) articles (\(manifest.rows(of: "article_revisions")) revisions), "
            + "\(manifest.rows(of: "static_pages")) static pages, \(manifest.rows(of: "sections")) sections, "
            + "\(manifest.rows(of: "accounts")) accounts, \(manifest.rows(of: "redirects")) redirects, "
            + "\(manifest.pictures.files) picture files (\(megabytes(manifest.pictures.bytes)))\(missing)"
    }

    static func seconds(since started: Date) -> String {
        String(format: "%.1f s", Date().timeIntervalSince(started))
    }

    /// A backup's failure in one line; any other failure as an export's or restore's would be told.
    static func failure(_ error: any Error) -> any Error {
        guard let error = error as? BackupError else { return SiteArchiveText.failure(error) }
        return CommandFailure(describe(error))
    }

    static func describe(_ error: BackupError) -> String {
        switch error {
        case .exists(let path): "\(path) already exists; name a new folder for the backup"
        case .notABackup(let path, let reason): "\(path) is not a Sahifa backup: \(reason)"
        case .newerVersion(let version):
            "the backup is in version \(version) of the format, made by a later Sahifa; restore it with that version"
        case .programMissing(let name):
            "\(name) was not found; install PostgreSQL's client programs (apt-get install postgresql-client) "
                + "or name them with --pg-dump and --pg-restore"
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

    private static func megabytes(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
