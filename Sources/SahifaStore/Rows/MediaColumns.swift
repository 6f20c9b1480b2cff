import SahifaCore

/// How a picture's record is selected and read back, in both stores.
package enum MediaColumns {
    /// The columns `asset(in:at:)` reads, in order, from table alias `table`; without
    /// `captioned`, caption and credit read as empty strings.
    package static func list(_ table: String, captioned: Bool = true) -> String {
        ["hash", "kind", "alt", "caption", "credit", "width", "height", "byte_count"]
            .map { !captioned && ($0 == "caption" || $0 == "credit") ? "''" : "\(table).\($0)" }
            .joined(separator: ", ")
    }

    package static let count: Int32 = 8

    /// A picture read from `list(_:)` selected at position `offset` of a row (a LEFT JOIN):
    /// nil when the join found none.
    package static func asset(in row: some StoreRow, at offset: Int32) throws -> MediaAsset? {
        guard let hash = try row.optionalText(offset) else { return nil }
        return MediaAsset(
            hash: hash,
            kind: MediaKind(rawValue: try row.text(offset + 1)) ?? .jpeg,
            alt: try row.text(offset + 2),
            caption: try row.text(offset + 3),
            credit: try row.text(offset + 4),
            width: try row.int(offset + 5),
            height: try row.int(offset + 6),
            byteCount: try row.int(offset + 7)
        )
    }
}
