import SahifaCore

/// How a picture's record is selected and read back, in both stores.
package enum MediaColumns {
    /// The columns `asset(in:at:)` reads, in order, from table alias `table`; without
    /// `captioned`, caption and credit read as empty strings.
    package static func list(_ table: String, captioned: Bool = true) -> String {
        [
            "hash", "kind", "alt", "caption", "credit", "width", "height", "byte_count", "focus_x", "focus_y",
            "focus_shapes",
        ]
        .map { !captioned && ($0 == "caption" || $0 == "credit") ? "''" : "\(table).\($0)" }
        .joined(separator: ", ")
    }

    package static let count: Int32 = 11

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
            byteCount: try row.int(offset + 7),
            focus: PictureFocus(
                point: try row.optionalDouble(offset + 8).flatMap { x in
                    try row.optionalDouble(offset + 9).flatMap { FocalPoint(x: x, y: $0) }
                },
                shapesText: try row.optionalText(offset + 10) ?? "")
        )
    }
}
