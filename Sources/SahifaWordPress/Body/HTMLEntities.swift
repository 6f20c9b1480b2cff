/// Decodes the character references WordPress writes: the common named ones (`&amp;`, `&nbsp;`,
/// `&hellip;`, the quotes and dashes), `&#NNN;` and `&#xHH;`. A reference it does not know stays
/// as written, which is what a browser shows too.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        decode(Array(text.utf8)[...])
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (scalar, end) = reference(in: bytes, at: index) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = end
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The character a reference starting at `start` (an `&`) stands for, and the index after its `;`.
    private static func reference(in bytes: ArraySlice<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var index = start + 1
        let limit = min(bytes.endIndex, start + 34)
        while index < limit, bytes[index] != UInt8(ascii: ";") {
            let byte = bytes[index]
            let isName =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
            guard isName else { return nil }
            index += 1
        }
        guard index < limit, index > start + 1 else { return nil }
        let name = String(decoding: bytes[(start + 1)..<index], as: UTF8.self)
        if name.hasPrefix("#") {
            return numeric(name.dropFirst()).map { ($0, index + 1) }
        }
        return named[name].flatMap { Unicode.Scalar($0) }.map { ($0, index + 1) }
    }

    private static func numeric(_ digits: Substring) -> Unicode.Scalar? {
        let value: UInt32?
        if let first = digits.first, first == "x" || first == "X" {
            value = digits.count <= 7 ? UInt32(digits.dropFirst(), radix: 16) : nil
        } else {
            value = digits.count <= 8 ? UInt32(digits, radix: 10) : nil
        }
        guard let value else { return nil }
        // As browsers do: C1 codes are read as Windows-1252 (what pasted Word text leaves behind),
        // and a reference to nothing or to half a surrogate pair shows the replacement character.
        if let mapped = windows1252[value] { return Unicode.Scalar(mapped) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "ensp": 0x2002,
        "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
        "shy": 0xAD, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013, "minus": 0x2212, "lsquo": 0x2018,
        "rsquo": 0x2019, "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "laquo": 0xAB,
        "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A, "bull": 0x2022, "middot": 0xB7, "copy": 0xA9,
        "reg": 0xAE, "trade": 0x2122, "times": 0xD7, "divide": 0xF7, "deg": 0xB0, "plusmn": 0xB1,
        "para": 0xB6, "sect": 0xA7, "euro": 0x20AC, "pound": 0xA3, "yen": 0xA5, "cent": 0xA2,
        "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "prime": 0x2032, "Prime": 0x2033, "iexcl": 0xA1,
        "iquest": 0xBF, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "larr": 0x2190,
        "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "hearts": 0x2665, "star": 0x2606,
    ]
}
