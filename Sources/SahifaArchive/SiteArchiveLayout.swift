import SahifaStore

/// What a site archive holds and where, as docs/ARCHIVE-FORMAT.md describes it: a zip of
/// `manifest.json`, one JSON Lines file per table under `tables/`, and the picture files
/// under `media/`.
enum SiteArchiveLayout {
    /// The manifest's `format`, which tells a site archive from any other zip.
    static let format = "sahifa-site-archive"
    /// Raised whenever a reader of the previous version could misread an archive.
    static let version = 1
    static let manifestPath = "manifest.json"
    static let mediaFolder = "media/"

    static func tablePath(_ table: String) -> String { "tables/\(table).jsonl" }

    /// Every table of the newsroom but the secrets that open it: sessions and API tokens
    /// stay behind, and accounts travel without their password hashes and second-factor
    /// secrets, so an archive handed to a contractor opens nobody's account.
    static let tables: [ArchivedTable] = TransferTable.newsroom.compactMap { table in
        switch table.name {
        case "sessions", "api_tokens": nil
        case "accounts":
            ArchivedTable(table: table, withheld: ["password_hash": .text("!"), "totp_secret": .null])
        default: ArchivedTable(table: table, withheld: [:])
        }
    }
}

/// A table as the archive holds it.
struct ArchivedTable: Sendable {
    let table: TransferTable
    /// Columns written with a fixed value in place of what the store holds: `!` is a
    /// password hash no password matches.
    let withheld: [String: TransferValue]

    /// The row as the archive holds it.
    func archived(_ row: [TransferValue]) -> [TransferValue] {
        guard !withheld.isEmpty else { return row }
        return zip(table.columns, row).map { column, value in withheld[column.name] ?? value }
    }
}
