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
}
