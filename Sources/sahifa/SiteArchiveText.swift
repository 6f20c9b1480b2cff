import Foundation
import SahifaArchive
import SahifaStore

/// An export's or restore's outcome and failures in the operator's words.
enum SiteArchiveText {
    /// Shows each step of an export or restore on `display`.
    static func showing(on display: ProgressBox) -> @Sendable (TransferProgress) -> Void {
        { step in
            display.update(fraction: step.fraction, detail: "\(step.table): \(step.rowsDone) of \(step.rowsTotal)")
        }
    }

    /// "Exported to site.zip in 1.2 s: 28 articles …".
    static func finished(_ what: String, since started: Date, _ summary: SiteArchiveSummary) -> String {
        "\(what) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: \(counts(of: summary))."
    }

    private static func counts(of summary: SiteArchiveSummary) -> String {
        let articles = summary.rows(of: "articles")
        let revisions = summary.rows(of: "article_revisions")
        let pages = summary.rows(of: "static_pages")
        let sections = summary.rows(of: "sections")
        let redirects = summary.rows(of: "redirects")
        let accounts = summary.rows(of: "accounts")
        let megabytes = String(format: "%.1f", Double(summary.pictureBytes) / 1_048_576)
        return "\(articles) articles (\(revisions) revisions), \(pages) static pages, \(sections) sections, "
            + "\(accounts) accounts, \(redirects) redirects, \(summary.pictureFiles) picture files (\(megabytes) MB)"
    }

    static func failure(_ error: any Error) -> any Error {
        switch error {
        case let error as SiteArchiveError: CommandFailure(describe(error))
        case let error as StoreError: CommandFailure(StoreErrorText.describe(error))
        case let error as CommandFailure: error
        default: CommandFailure("\(error.localizedDescription) (\(error))")
        }
    }

    private static func describe(_ error: SiteArchiveError) -> String {
        switch error {
        case .fileExists(let path): "\(path) already exists; give another file name or move it away"
        case .notAnArchive(let path, let reason): "\(path) is not a Sahifa site archive: \(reason)"
        case .newerVersion(let version):
            "the archive is in version \(version) of the format, made by a later Sahifa; restore it with that version"
        case .unknownPart(let part):
            "the archive holds \(part), which this Sahifa does not know; restore it with the Sahifa that made it"
        case .damagedTable(let table, let line, let reason):
            "the archive's \(table) table is damaged at line \(line) (\(reason)); nothing was kept, the database is empty"
        case .wrongValue(let table, let column):
            "the archive's \(table).\(column) holds a value of the wrong kind; nothing was kept, the database is empty"
        case .unwritableValue(let column): "\(column) holds a value an archive cannot carry; nothing was written"
        case .tableDiffers(let table):
            "the restored \(table) table does not match the archive's checksum; nothing was kept, the database is empty"
        case .damagedPicture(let name):
            "the picture \(name) in the archive does not match its hash; nothing was kept, the database is empty"
        case .targetNotEmpty(let location):
            "\(location) already holds a site; restore into an empty database (a new SQLite file, or a new "
                + "PostgreSQL database)"
        }
    }
}
