import SahifaCore

/// Where a picture file's picture ends, read from its own structure: JPEG markers, PNG chunks,
/// GIF blocks, WebP's RIFF size, HEIF's top-level boxes. Bytes after it are how a polyglot
/// hides a second file (a ZIP, a page, a script) inside a picture that decodes; the uploads
/// refuse them (`PictureError.hiddenData`), except the further JPEG pictures that cameras
/// append after the first one (MPF previews and gain maps) and zero padding.
public enum PictureEnd {
    /// The number of bytes after the picture that are neither of those; nil when the
    /// structure cannot be followed to its end (a file cut short).
    public static func hiddenByteCount(in bytes: [UInt8], kind: MediaKind) -> Int? {
        guard let end = end(of: bytes, kind: kind) else { return nil }
        var position = end
        while position < bytes.count {
            if bytes[position] == 0 {
                position += 1
            } else if kind == .jpeg, bytes.count - position >= 3, bytes[position] == 0xFF, bytes[position + 1] == 0xD8,
                bytes[position + 2] == 0xFF, let next = jpegEnd(bytes, from: position)
            {
                position = next
            } else {
                return bytes.count - position
            }
        }
        return 0
    }

    static func end(of bytes: [UInt8], kind: MediaKind) -> Int? {
        switch kind {
        case .jpeg: jpegEnd(bytes, from: 0)
        case .png: pngEnd(bytes)
        case .gif: gifEnd(bytes)
        case .webp: webpEnd(bytes)
        case .heic, .avif: boxesEnd(bytes)
        case .svg: nil
        }
    }

    /// After the end-of-image marker: segments are skipped by their lengths, and the coded data
    /// after each start-of-scan up to the next marker that is not a stuffed byte or a restart.
    private static func jpegEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var position = start + 2
        while position + 1 < bytes.count {
            guard bytes[position] == 0xFF else { return nil }
            let marker = bytes[position + 1]
            if marker == 0xFF {
                position += 1
                continue
            }
            if marker == 0xD9 { return position + 2 }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                position += 2
                continue
            }
            guard let length = bigEndian16(bytes, position + 2), length >= 2 else { return nil }
            position += 2 + length
            guard marker == 0xDA else { continue }
            while position + 1 < bytes.count {
                if bytes[position] == 0xFF, bytes[position + 1] != 0, !(0xD0...0xD7).contains(bytes[position + 1]) {
                    break
                }
                position += bytes[position] == 0xFF ? 2 : 1
            }
        }
        return nil
    }

    private static func pngEnd(_ bytes: [UInt8]) -> Int? {
        var position = 8
        while let length = bigEndian32(bytes, position), position + 12 + length <= bytes.count {
            let type = bytes[(position + 4)..<(position + 8)]
            position += 12 + length
            if type.elementsEqual("IEND".utf8) { return position }
        }
        return nil
    }

    private static func gifEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count > 13 else { return nil }
        var position = 13 + colourTable(flags: bytes[10])
        func skipSubBlocks() -> Bool {
            while position < bytes.count {
                let size = Int(bytes[position])
                position += 1 + size
                if size == 0 { return true }
            }
            return false
        }
        while position < bytes.count {
            switch bytes[position] {
            case 0x3B:
                return position + 1
            case 0x21:
                position += 2
                guard skipSubBlocks() else { return nil }
            case 0x2C:
                guard position + 10 < bytes.count else { return nil }
                position += 10 + colourTable(flags: bytes[position + 9]) + 1
                guard skipSubBlocks() else { return nil }
            default:
                return nil
            }
        }
        return nil
    }

    private static func colourTable(flags: UInt8) -> Int {
        flags & 0x80 == 0 ? 0 : 3 << (Int(flags & 0x07) + 1)
    }

    private static func webpEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 12 else { return nil }
        let size = Int(bytes[4]) | Int(bytes[5]) << 8 | Int(bytes[6]) << 16 | Int(bytes[7]) << 24
        let end = 8 + size + size % 2
        return end <= bytes.count ? end : nil
    }

    private static func boxesEnd(_ bytes: [UInt8]) -> Int? {
        var position = 0
        while position < bytes.count {
            guard var size = bigEndian32(bytes, position) else { return nil }
            if size == 1 {
                guard let high = bigEndian32(bytes, position + 8), let low = bigEndian32(bytes, position + 12),
                    high < 1 << 20
                else { return nil }
                size = high << 32 | low
            } else if size == 0 {
                return bytes.count
            }
            guard size >= 8, position + size <= bytes.count else {
                // A box that runs past the end is a file cut short; what is not a box at all
                // (its type not four letters) came after the picture.
                return isBoxType(bytes, position + 4) ? nil : position
            }
            position += size
        }
        return position
    }

    private static func isBoxType(_ bytes: [UInt8], _ at: Int) -> Bool {
        at + 4 <= bytes.count
            && bytes[at..<(at + 4)].allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }

    private static func bigEndian16(_ bytes: [UInt8], _ at: Int) -> Int? {
        at >= 0 && at + 2 <= bytes.count ? Int(bytes[at]) << 8 | Int(bytes[at + 1]) : nil
    }

    private static func bigEndian32(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }
}
