import SahifaCore

extension TransferTable {
    /// The table whose rows name the picture files.
    package static let mediaTable = "media"

    /// `HASH.EXT` of a row of the media table, whose first two columns are the hash and kind.
    package static func pictureFile(of row: [TransferValue]) -> String? {
        guard row.count >= 2, case .text(let hash) = row[0], case .text(let kind) = row[1],
            let kind = MediaKind(rawValue: kind)
        else { return nil }
        return "\(hash).\(kind.fileExtension)"
    }
}
