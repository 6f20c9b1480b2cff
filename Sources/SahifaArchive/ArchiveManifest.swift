import SahifaStore

/// `manifest.json`: what the archive is, what each table file holds, and a checksum of
/// each table, so a restore can tell a whole archive from a damaged one.
struct ArchiveManifest: Codable, Sendable {
    var format: String
    var version: Int
    /// When the export was taken, ISO 8601 in UTC.
    var madeAt: String
    var tables: [Table]
    var media: Media

    struct Table: Codable, Sendable {
        var name: String
        var file: String
        var rows: Int
        /// `TableTally`'s SHA-256 over the rows as archived.
        var sha256: String
        var columns: [Column]
    }

    struct Column: Codable, Sendable, Hashable {
        var name: String
        /// `integer`, `number` (dates as seconds since 1970, scores), `text` or `boolean`.
        var type: String

        init(_ column: TransferColumn) {
            name = column.name
            type =
                switch column.kind {
                case .integer: "integer"
                case .double: "number"
                case .text: "text"
                case .flag: "boolean"
                }
        }
    }

    struct Media: Codable, Sendable {
        var folder: String
        var files: Int
        var bytes: Int64
        /// Picture records whose file was not in the media folder when the export was taken.
        var missing: [String]
    }

    enum CodingKeys: String, CodingKey {
        case format, version, tables, media
        case madeAt = "made_at"
    }
}
