import Foundation
import GRDB
import SahifaCore

/// A row of `media`: what Sahifa knows about a stored picture.
struct MediaRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "media"
    var hash: String
    var kind: String
    var alt: String
    var caption: String
    var credit: String
    var width: Int
    var height: Int
    var byteCount: Int
    var createdAt: Double

    enum CodingKeys: String, CodingKey {
        case hash, kind, alt, caption, credit, width, height
        case byteCount = "byte_count"
        case createdAt = "created_at"
    }

    init(_ asset: MediaAsset, createdAt: Date) {
        hash = asset.hash
        kind = asset.kind.rawValue
        alt = asset.alt
        caption = asset.caption
        credit = asset.credit
        width = asset.width
        height = asset.height
        byteCount = asset.byteCount
        self.createdAt = createdAt.timeIntervalSince1970
    }

    var asset: MediaAsset {
        MediaAsset(
            hash: hash,
            kind: MediaKind(rawValue: kind) ?? .jpeg,
            alt: alt,
            caption: caption,
            credit: credit,
            width: width,
            height: height,
            byteCount: byteCount
        )
    }

    /// The columns `asset(in:at:)` reads, in order, from table alias `table`.
    static func columns(_ table: String) -> String {
        ["hash", "kind", "alt", "caption", "credit", "width", "height", "byte_count"]
            .map { "\(table).\($0)" }.joined(separator: ", ")
    }

    static let columnCount: Int32 = 8

    /// A picture read from `columns(_:)` selected at position `offset` of a row (a LEFT JOIN):
    /// nil when the join found none.
    static func asset(in row: SQLiteRow, at offset: Int32) -> MediaAsset? {
        guard let hash = row.optionalText(offset) else { return nil }
        return MediaAsset(
            hash: hash,
            kind: MediaKind(rawValue: row.text(offset + 1)) ?? .jpeg,
            alt: row.text(offset + 2),
            caption: row.text(offset + 3),
            credit: row.text(offset + 4),
            width: row.int(offset + 5),
            height: row.int(offset + 6),
            byteCount: row.int(offset + 7)
        )
    }
}
