/// Recognises an uploaded picture by its bytes, never by its name or declared type, and
/// reads its width and height from its own header: JPEG, PNG, WebP and GIF only.
public enum PictureInspector {
    /// What the bytes are, or nil when they are not a picture we accept (or are damaged).
    public static func inspect(_ bytes: [UInt8]) -> (kind: MediaKind, width: Int, height: Int)? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg(bytes) }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return gif(bytes) }
        if bytes.count >= 30, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return webp(bytes)
        }
        return nil
    }

    private static func png(_ b: [UInt8]) -> (MediaKind, Int, Int)? {
        // The first chunk must be IHDR: width and height as big-endian 32-bit numbers.
        guard b.count >= 24, Array(b[12..<16]) == Array("IHDR".utf8) else { return nil }
        return sized(.png, bigEndian32(b, 16), bigEndian32(b, 20))
    }

    private static func gif(_ b: [UInt8]) -> (MediaKind, Int, Int)? {
        guard b.count >= 10 else { return nil }
        return sized(.gif, Int(b[6]) | Int(b[7]) << 8, Int(b[8]) | Int(b[9]) << 8)
    }

    private static func jpeg(_ b: [UInt8]) -> (MediaKind, Int, Int)? {
        // Walk the segments to the first start-of-frame marker, which holds the size.
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF {
                i += 1
                continue
            }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame {
                return sized(.jpeg, Int(b[i + 7]) << 8 | Int(b[i + 8]), Int(b[i + 5]) << 8 | Int(b[i + 6]))
            }
            guard length >= 2 else { return nil }
            i += 2 + length
        }
        return nil
    }

    private static func webp(_ b: [UInt8]) -> (MediaKind, Int, Int)? {
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":
            // Lossy: a key frame's start code, then 14-bit width and height.
            guard b[23] == 0x9D, b[24] == 0x01, b[25] == 0x2A else { return nil }
            return sized(.webp, (Int(b[26]) | Int(b[27]) << 8) & 0x3FFF, (Int(b[28]) | Int(b[29]) << 8) & 0x3FFF)
        case "VP8L":
            // Lossless: a signature byte, then width-1 and height-1 in 14 bits each.
            guard b[20] == 0x2F else { return nil }
            let bits = Int(b[21]) | Int(b[22]) << 8 | Int(b[23]) << 16 | Int(b[24]) << 24
            return sized(.webp, (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        case "VP8X":
            // Extended: canvas width-1 and height-1 in 24 bits each.
            let width = Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16
            let height = Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16
            return sized(.webp, width + 1, height + 1)
        default:
            return nil
        }
    }

    private static func bigEndian32(_ b: [UInt8], _ at: Int) -> Int {
        Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3])
    }

    /// A picture with no area, or larger than any camera makes, is a damaged or hostile file.
    private static func sized(_ kind: MediaKind, _ width: Int, _ height: Int) -> (MediaKind, Int, Int)? {
        guard (1...30_000).contains(width), (1...30_000).contains(height) else { return nil }
        return (kind, width, height)
    }
}
