import SahifaPictures

/// The IPTC and XMP blocks of an uploaded picture: the first line is the IPTC block, the rest
/// the XMP packet.
enum PictureMetadataChecks {
    static func problems(for input: [UInt8]) -> [String] {
        let split = input.firstIndex(of: UInt8(ascii: "\n")) ?? input.endIndex
        let iptc = Array(input[..<split])
        let xmp = split < input.endIndex ? Array(input[(split + 1)...]) : []
        let read = PictureMetadata.read(iptc: iptc, xmp: xmp)
        return [read.caption, read.credit, read.byline, read.copyright].compactMap { field in
            guard let field else { return nil }
            let edges = [field.unicodeScalars.first, field.unicodeScalars.last].compactMap { $0 }
            return field.isEmpty || edges.contains(where: \.properties.isWhitespace)
                ? "a field that is empty or not trimmed: \(field.debugDescription)" : nil
        }
    }
}
