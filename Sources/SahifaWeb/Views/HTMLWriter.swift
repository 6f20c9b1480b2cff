import SahifaCore

/// Writes a page into one byte buffer. Text and attribute values are escaped by default;
/// markup passes only as a `StaticString` (written by us, in the source) or as `TrustedHTML`
/// (made by the body renderer at save time).
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 32 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup from our own source code.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text, escaped.
    mutating func text(_ text: some StringProtocol) {
        HTMLEscaping.append(text, to: &bytes)
    }

    /// A body rendered and checked at save time.
    mutating func trusted(_ html: TrustedHTML) {
        bytes.append(contentsOf: html.html.utf8)
    }

    /// ` name="value"` with the value escaped; `name` comes from our source.
    mutating func attribute(_ name: StaticString, _ value: some StringProtocol) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        HTMLEscaping.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `<name attributes…>text</name>`, for the common case of one element of escaped text.
    mutating func element(_ open: StaticString, _ content: some StringProtocol, close: StaticString) {
        raw(open)
        text(content)
        raw(close)
    }
}
