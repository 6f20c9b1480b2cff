import SahifaCore

/// Writes a page into one byte buffer. Text and attribute values are escaped by default;
/// markup passes only as a `StaticString` (written by us, in the source) or as `TrustedHTML`
/// (made by the body renderer at save time).
struct HTMLWriter: Sendable, Hashable {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 64 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup from our own source code.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Markup this writer type made earlier, escaped as it was written.
    mutating func append(_ written: HTMLWriter) {
        bytes.append(contentsOf: written.bytes)
    }

    /// Text, escaped.
    mutating func text(_ text: String) {
        HTMLEscaping.append(text, to: &bytes)
    }

    /// A body rendered and checked at save time.
    mutating func trusted(_ html: TrustedHTML) {
        bytes.append(contentsOf: html.utf8)
    }

    /// A stored picture as `PictureMarkup` writes it, the alt text escaped.
    mutating func picture(_ source: PictureSource, alt: String, slot: PictureSlot, loading: PictureLoading) {
        PictureMarkup.append(source, alt: alt, slot: slot, loading: loading, to: &bytes)
    }

    /// ` name="value"` with the value escaped; `name` comes from our source.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
        HTMLEscaping.append(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `<a href="…"…>text</a>`; `extra` holds further attributes from our source, each with a leading space.
    mutating func link(_ href: String, _ text: String, extra: StaticString = "") {
        raw("<a")
        attribute("href", href)
        raw(extra)
        raw(">")
        self.text(text)
        raw("</a>")
    }

    /// `<name attributes…>text</name>`, for the common case of one element of escaped text.
    mutating func element(_ open: StaticString, _ content: String, close: StaticString) {
        raw(open)
        text(content)
        raw(close)
    }

    /// A JSON-LD block, already made safe for a script element by `JSONLD`.
    mutating func structuredData(_ data: JSONLD) {
        raw("<script type=\"application/ld+json\">")
        bytes.append(contentsOf: data.json)
        raw("</script>\n")
    }

    /// JSON from our source (`prefix`: punctuation and a key) followed by a string literal,
    /// escaped for a script element (see `JSONValue`).
    mutating func jsonMember(_ prefix: StaticString, _ text: String) {
        raw(prefix)
        JSONValue.writeString(text, into: &bytes)
    }

    mutating func jsonNumber(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    /// `<meta property="…" content="…">`, OpenGraph's form.
    mutating func property(_ key: StaticString, _ content: String) {
        raw("<meta property=\"")
        raw(key)
        raw("\"")
        attribute("content", content)
        raw(">\n")
    }

    /// `<meta name="…" content="…">`, Twitter's form.
    mutating func named(_ key: StaticString, _ content: String) {
        raw("<meta name=\"")
        raw(key)
        raw("\"")
        attribute("content", content)
        raw(">\n")
    }
}
