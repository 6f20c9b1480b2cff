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
        return CommandFailure(error.description)
    }

    private static func megabytes(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}
