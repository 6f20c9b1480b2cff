import SahifaCore

/// The IPTC Information Interchange Model records of a picture (record 2, the editorial
/// one): each dataset is 0x1C, its record, its number, a two-byte length and its bytes.
/// Photoshop wraps them in its resource 0x0404 inside APP13.
struct IPTCRecords {
    private(set) var caption: String?
    private(set) var credit: String?
    private(set) var byline: String?
    private(set) var copyright: String?

    init(_ block: [UInt8]) {
        let records = Self.photoshopResource(0x0404, in: block) ?? block[...]
        var fields: [UInt8: ArraySlice<UInt8>] = [:]
        var isUTF8 = false
        var index = records.startIndex
        while index + 5 <= records.endIndex, records[index] == 0x1C {
            let record = records[index + 1]
            let dataset = records[index + 2]
            let declared = Int(records[index + 3]) << 8 | Int(records[index + 4])
            // A length with its top bit set is extended (over 32 KB): no editorial field is.
            guard declared & 0x8000 == 0, index + 5 + declared <= records.endIndex else { break }
            let value = records[(index + 5)..<(index + 5 + declared)]
            // 1:90 is the coded character set; ESC % G says UTF-8.
            if record == 1, dataset == 90, value.elementsEqual([0x1B, 0x25, 0x47]) { isUTF8 = true }
            if record == 2, fields[dataset] == nil { fields[dataset] = value }
            index += 5 + declared
        }
        func text(_ dataset: UInt8) -> String? { fields[dataset].flatMap { Self.text($0, isUTF8: isUTF8) } }
        caption = text(120)
        credit = text(110)
        byline = text(80)
        copyright = text(116)
    }

    /// UTF-8 when the records say so or the bytes are valid UTF-8, else Latin-1, which older
    /// cameras write; trimmed, and nil when nothing is left.
    private static func text(_ bytes: ArraySlice<UInt8>, isUTF8: Bool) -> String? {
        let decoded =
            isUTF8 || String(validating: bytes, as: UTF8.self) != nil
            ? String(decoding: bytes, as: UTF8.self)
            : String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        let trimmed = decoded.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The data of Photoshop image resource `id` ("8BIM", id, a padded Pascal name, a length,
    /// the data padded to an even length) after the "Photoshop 3.0" signature.
    private static func photoshopResource(_ id: UInt16, in block: [UInt8]) -> ArraySlice<UInt8>? {
        let signature = Array("Photoshop 3.0".utf8) + [0]
        guard block.starts(with: signature) else { return nil }
        var index = signature.count
        while index + 12 <= block.count, block[index..<index + 4].elementsEqual("8BIM".utf8) {
            let resource = UInt16(block[index + 4]) << 8 | UInt16(block[index + 5])
            let nameLength = Int(block[index + 6])
            let sizeAt = index + 6 + ((nameLength + 2) & ~1)
            guard sizeAt + 4 <= block.count else { return nil }
            let size = block[sizeAt..<sizeAt + 4].reduce(0) { $0 << 8 | Int($1) }
            let start = sizeAt + 4
            guard size >= 0, start + size <= block.count else { return nil }
            if resource == id { return block[start..<start + size] }
            index = start + size + (size & 1)
        }
        return nil
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
