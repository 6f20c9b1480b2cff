import Foundation

/// Pictures made for the tests byte by byte, so that each test knows exactly what it holds.
public enum TestPictures {
    /// A PNG of `width` × `height`, each pixel the colour `paint` gives it (RGB), stored
    /// without compression (deflate's stored blocks), which keeps the writer a few lines long.
    public static func png(width: Int, height: Int, paint: (Int, Int) -> (UInt8, UInt8, UInt8)) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width * 3 + 1) * height)
        for y in 0..<height {
            raw.append(0)
            for x in 0..<width {
                let (r, g, b) = paint(x, y)
                raw += [r, g, b]
            }
        }
        var zlib: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65_535, raw.count - offset)
            let last: UInt8 = offset + count == raw.count ? 1 : 0
            zlib += [last, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            zlib += raw[offset..<offset + count]
            offset += count
        } while offset < raw.count
        zlib += bigEndian(adler32(raw))
        return pngHeader(width: width, height: height) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// The signature and IHDR alone: a file of a few dozen bytes that declares its size.
    public static func pngHeader(width: Int, height: Int) -> [UInt8] {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            + chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0])
    }

    /// A decompression bomb: a file of a few hundred bytes whose header declares `width` ×
    /// `height` pixels, with only its first rows' data and its end.
    public static func bomb(width: Int, height: Int) -> [UInt8] {
        let rows = [UInt8](repeating: 0, count: 256)
        let zlib: [UInt8] = [0x78, 0x01, 0, 0, 1, 0xFF, 0xFE] + rows + bigEndian(adler32(rows))
        return pngHeader(width: width, height: height) + chunk("IDAT", zlib) + chunk("IEND", [])
    }

    /// `jpeg` with an EXIF block put in after its start: an orientation, and a GPS position
    /// (latitude 33° 30′ N), as a phone writes them.
    public static func withEXIF(_ jpeg: [UInt8], orientation: UInt16) -> [UInt8] {
        // TIFF, big-endian: IFD0 at 8 with Orientation and the GPS IFD's offset; the GPS IFD
        // at 38 with GPSLatitudeRef "N" and GPSLatitude, three rationals at 68.
        var tiff: [UInt8] = Array("MM".utf8) + [0, 42] + bigEndian(UInt32(8))
        tiff += bigEndian(UInt16(2))
        tiff +=
            bigEndian(UInt16(0x0112)) + bigEndian(UInt16(3)) + bigEndian(UInt32(1)) + bigEndian(orientation) + [0, 0]
        tiff += bigEndian(UInt16(0x8825)) + bigEndian(UInt16(4)) + bigEndian(UInt32(1)) + bigEndian(UInt32(38))
        tiff += bigEndian(UInt32(0))
        tiff += bigEndian(UInt16(2))
        tiff += bigEndian(UInt16(0x0001)) + bigEndian(UInt16(2)) + bigEndian(UInt32(2)) + Array("N".utf8) + [0, 0, 0]
        tiff += bigEndian(UInt16(0x0002)) + bigEndian(UInt16(5)) + bigEndian(UInt32(3)) + bigEndian(UInt32(68))
        tiff += bigEndian(UInt32(0))
        for (numerator, denominator) in [(33, 1), (30, 1), (0, 1)] as [(UInt32, UInt32)] {
            tiff += bigEndian(numerator) + bigEndian(denominator)
        }
        let payload = Array("Exif".utf8) + [0, 0] + tiff
        let segment: [UInt8] = [0xFF, 0xE1] + bigEndian(UInt16(payload.count + 2)) + payload
        return Array(jpeg[0..<2]) + segment + Array(jpeg[2...])
    }

    /// `jpeg` with an agency's words in it: IPTC records (UTF-8, in Photoshop's APP13 resource
    /// 0x0404) when `iptc` is given, and an XMP packet in APP1 when `xmp` is.
    public static func withAgencyMetadata(_ jpeg: [UInt8], iptc: [(dataset: UInt8, text: String)]?, xmp: String?)
        -> [UInt8]
    {
        var segments: [UInt8] = []
        if let xmp {
            let payload = Array("http://ns.adobe.com/xap/1.0/".utf8) + [0] + Array(xmp.utf8)
            segments += [0xFF, 0xE1] + bigEndian(UInt16(payload.count + 2)) + payload
        }
        if let iptc {
            var records: [UInt8] = [0x1C, 1, 90, 0, 3, 0x1B, 0x25, 0x47]
            for (dataset, text) in iptc {
                records += [0x1C, 2, dataset] + bigEndian(UInt16(text.utf8.count)) + Array(text.utf8)
            }
            var resource = Array("8BIM".utf8) + bigEndian(UInt16(0x0404)) + [0, 0] + bigEndian(UInt32(records.count))
            resource += records + (records.count % 2 == 1 ? [0] : [])
            let payload = Array("Photoshop 3.0".utf8) + [0] + resource
            segments += [0xFF, 0xED] + bigEndian(UInt16(payload.count + 2)) + payload
        }
        return Array(jpeg[0..<2]) + segments + Array(jpeg[2...])
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let body = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    private static func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.bigEndian) { Array($0) }
    }
}
