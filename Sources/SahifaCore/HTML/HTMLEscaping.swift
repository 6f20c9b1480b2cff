/// The one HTML escaper: views and the body renderer both write text through it, at the
/// UTF-8 byte level, so Arabic text costs one pass and no `Character` work.
public enum HTMLEscaping {
    /// Appends `text` to `bytes` with `& < > " '` escaped; safe in element text and in
    /// quoted attribute values.
    public static func append(_ text: some StringProtocol, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: ampersand)
            case UInt8(ascii: "<"): bytes.append(contentsOf: lessThan)
            case UInt8(ascii: ">"): bytes.append(contentsOf: greaterThan)
            case UInt8(ascii: "\""): bytes.append(contentsOf: quote)
            case UInt8(ascii: "'"): bytes.append(contentsOf: apostrophe)
            default: bytes.append(byte)
            }
        }
    }

    /// `text` escaped, as a string; for places that build a string rather than a page.
    public static func escape(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
