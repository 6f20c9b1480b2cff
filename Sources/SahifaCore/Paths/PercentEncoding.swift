/// Percent-encoding for URL paths and query strings, strict in both directions:
/// encoding keeps only RFC 3986 unreserved bytes, and decoding refuses malformed
/// escapes and bytes that are not UTF-8 instead of guessing.
public enum PercentEncoding {
    /// Encodes one path segment: everything but `A–Z a–z 0–9 - . _ ~` becomes `%XX` of its UTF-8 bytes.
    public static func encodePathSegment(_ text: String) -> String {
        ShortString.make(capacity: maximumEncodedCount(text)) { writePathSegment(text, into: &$0) }
    }

    /// `prefix` (ASCII, from our source) followed by `segment` encoded: `/tag/…`, `/author/…`.
    public static func path(_ prefix: String, _ segment: String) -> String {
        ShortString.make(capacity: prefix.utf8.count + maximumEncodedCount(segment)) { path in
            path.append(prefix)
            writePathSegment(segment, into: &path)
        }
    }

    /// What `encodePathSegment` may write for `text` at most, in bytes.
    public static func maximumEncodedCount(_ text: String) -> Int {
        3 * text.utf8.count
    }

    /// `text` encoded as one path segment, written into a string being built.
    public static func writePathSegment(_ text: String, into out: inout ShortString.Writer) {
        var text = text
        text.withUTF8 { utf8 in
            out.write(maximumCount: 3 * utf8.count) { space in
                var written = 0
                // Digits from a table, not a comparison: the nibbles of Arabic letters' bytes
                // fall either side of ten at random, and the branch mispredicted half the time.
                let digits = hexDigits.utf8Start
                for byte in utf8 {
                    if isUnreserved(byte) {
                        space[written] = byte
                        written += 1
                    } else {
                        space[written] = UInt8(ascii: "%")
                        space[written + 1] = digits[Int(byte >> 4)]
                        space[written + 2] = digits[Int(byte & 0x0F)]
                        written += 3
                    }
                }
                return written
            }
        }
    }

    private static let hexDigits: StaticString = "0123456789ABCDEF"

    /// Decodes `%XX` escapes; with `plusAsSpace` (form and query encoding) `+` means a space.
    /// - Returns: nil when an escape is malformed or the bytes are not valid UTF-8.
    public static func decode(_ text: Substring, plusAsSpace: Bool = false) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    return nil
                }
                bytes.append(high << 4 | low)
            case UInt8(ascii: "+") where plusAsSpace:
                bytes.append(UInt8(ascii: " "))
            default:
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
