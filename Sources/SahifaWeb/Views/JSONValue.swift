import SahifaCore

/// A JSON value built in order, for schema.org data and live events: written straight to
/// UTF-8 bytes, keys in the order given.
enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    case string(String)
    case int(Int)
    case array([JSONValue])
    case object([Member])

    struct Member: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { Member(key: $0.0, value: $0.1) })
    }

    /// The value with `member` added at the end (an object only).
    func adding(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members + [Member(key: key, value: value)])
    }

    /// Compact JSON. Besides what JSON requires, `<`, `>`, `&`, U+2028 and U+2029 are written as
    /// `\u` escapes, so the text is also safe inside an HTML script element.
    var serialized: String { String(decoding: utf8, as: UTF8.self) }

    /// The same, as bytes for a page buffer.
    var utf8: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(2048)
        write(into: &bytes)
        return bytes
    }

    private func write(into bytes: inout [UInt8]) {
        switch self {
        case .string(let text):
            Self.writeString(text, into: &bytes)
        case .int(let number):
            bytes.append(contentsOf: String(number).utf8)
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                element.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, into: &bytes)
                bytes.append(UInt8(ascii: ":"))
                member.value.write(into: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Works on UTF-8 bytes: every byte of a multi-byte character is 0x80 or above, so only
    /// ASCII bytes and the three-byte U+2028 and U+2029 need looking at.
    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Plain runs are copied whole; only the bytes that need escaping stop the copy.
            var runStart = 0
            var index = 0
            let raw = UnsafeRawBufferPointer(utf8)
            while index < utf8.count {
                if index + 8 <= utf8.count, !mayNeedEscaping(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                let escaped: [UInt8]?
                var length = 1
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): escaped = [UInt8(ascii: "\\"), byte]
                case UInt8(ascii: "\n"): escaped = [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    escaped = unicodeEscape(UInt32(byte))
                case 0xE2
                where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (0xA8...0xA9).contains(utf8[index + 2]):
                    escaped = unicodeEscape(0x2000 + UInt32(utf8[index + 2]) - 0x80)
                    length = 3
                default: escaped = nil
                }
                if let escaped {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    bytes.append(contentsOf: escaped)
                    runStart = index + length
                }
                index += length
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes may need escaping or start U+2028 or U+2029 (no false "no").
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        // `<` and `>` differ in one bit, so one test with it masked covers both.
        ByteLanes.hasByte(word, below: 0x20) || ByteLanes.contains(word, 0x22) || ByteLanes.contains(word, 0x5C)
            || ByteLanes.contains(word & 0xFDFD_FDFD_FDFD_FDFD, 0x3C) || ByteLanes.contains(word, 0x26)
            || ByteLanes.contains(word, 0xE2)
    }

    private static func unicodeEscape(_ code: UInt32) -> [UInt8] {
        [UInt8(ascii: "\\"), UInt8(ascii: "u")] + [12, 8, 4, 0].map { hexDigits[Int(code >> UInt32($0)) & 0xF] }
    }
}
