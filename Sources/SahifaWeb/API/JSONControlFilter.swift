import SahifaCore

/// Takes the stray controls out of the strings of a JSON text before it is decoded, as the
/// newsroom's forms do (`String.withoutControlCharacters`): JSON can carry them only as escapes
/// (`\u0000`, `\b`, `\f`) or, for DEL and the C1 controls, as themselves. A carriage return
/// becomes a line feed, and one before a line feed goes. Anything that is not well-formed is
/// left as it is for the decoder to refuse.
enum JSONControlFilter {
    static func filter(_ json: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        var inString = false
        var index = 0
        while index < json.count {
            let byte = json[index]
            guard inString else {
                if byte == UInt8(ascii: "\"") { inString = true }
                out.append(byte)
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = false
                out.append(byte)
                index += 1
            case UInt8(ascii: "\\"):
                guard let (scalar, length) = escape(in: json, at: index) else {
                    // `\\`, `\"`, `\/` and anything malformed: both bytes as they are, so an
                    // escaped backslash or quote is never read as the start of something else.
                    out.append(contentsOf: json[index..<min(index + 2, json.count)])
                    index += 2
                    continue
                }
                let next = escape(in: json, at: index + length)?.scalar
                if scalar == "\r" {
                    if next != "\n" { out.append(contentsOf: Array(#"\n"#.utf8)) }
                } else if !scalar.isStrayControl {
                    out.append(contentsOf: json[index..<(index + length)])
                }
                index += length
            case 0x7F:
                index += 1
            case 0xC2 where index + 1 < json.count && (0x80...0x9F).contains(json[index + 1]):
                index += 2
            default:
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    /// The scalar an escape at `index` stands for and the escape's length, for the one-letter
    /// escapes and `\uXXXX` below U+D800 (controls are all there); nil for anything else.
    private static func escape(in json: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        guard index + 1 < json.count, json[index] == UInt8(ascii: "\\") else { return nil }
        switch json[index + 1] {
        case UInt8(ascii: "b"): return ("\u{8}", 2)
        case UInt8(ascii: "f"): return ("\u{C}", 2)
        case UInt8(ascii: "n"): return ("\n", 2)
        case UInt8(ascii: "r"): return ("\r", 2)
        case UInt8(ascii: "t"): return ("\t", 2)
        case UInt8(ascii: "u"):
            guard index + 6 <= json.count else { return nil }
            let digits = json[(index + 2)..<(index + 6)]
            guard digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }),
                let value = UInt32(String(decoding: digits, as: UTF8.self), radix: 16),
                value < 0xD800, let scalar = Unicode.Scalar(value)
            else { return nil }
            return (scalar, 6)
        default: return nil
        }
    }
}
