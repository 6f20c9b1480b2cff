/// The backslashes that make text read literally in a body's Markdown. `PlainTextBody` writes
/// each paragraph through it, and importers that build Markdown from other formats use the
/// same rules, so a body imported one way reads exactly like one imported another way.
public enum MarkdownEscaping {
    /// `text` with a backslash before every character inline Markdown reads as markup
    /// (`\`, `*`, `_`, `` ` ``, `[`, `]`), for words that sit inside a line after other Markdown.
    public static func inline(_ text: String) -> String {
        escaped(text, markers: true, lineStart: false)
    }

    /// `text` as a whole line of its own: the inline escapes, and a backslash before a start that
    /// would open a heading, quote, list or directive. What `PlainTextBody` writes per paragraph.
    public static func line(_ text: String) -> String {
        escaped(text, markers: true, lineStart: true)
    }

    /// `markdown`, a line already written as Markdown (its words escaped with `inline(_:)`), with
    /// a backslash added before a start that would open a heading, quote or list: `#`, `>`, `-`,
    /// `+`, or digits followed by `.` or `)`.
    public static func lineStart(ofMarkdown markdown: String) -> String {
        escaped(markdown, markers: false, lineStart: true)
    }

    /// The address a `[text](address)` link may carry, as the renderer judges it: http, https,
    /// mailto, or a path or fragment on this site, with the spaces and control characters that
    /// browsers ignore taken out; nil for any other link, which the renderer writes as its text.
    public static func safeLinkAddress(_ address: String) -> String? {
        InlineMarkdown.safeHref(address)
    }

    private static func escaped(_ text: String, markers: Bool, lineStart: Bool) -> String {
        var text = text
        return text.withUTF8 { utf8 in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 8)
            append(utf8, markers: markers, lineStart: lineStart, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Writes `bytes` escaped: `markers` puts a backslash before every inline marker,
    /// `lineStart` before a line start that would open a heading, quote, list or directive.
    static func append(
        _ bytes: UnsafeBufferPointer<UInt8>, markers: Bool, lineStart: Bool, to out: inout [UInt8]
    ) {
        var index = 0
        // A line that starts like a block marker gets that marker escaped.
        if lineStart, let first = bytes.first,
            [UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(first)
        {
            out.append(UInt8(ascii: "\\"))
        }
        let digits =
            lineStart ? bytes.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count : 0
        while index < bytes.count {
            let byte = bytes[index]
            if (markers && isInlineMarker[Int(byte)])
                || (index == digits && digits > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")))
            {
                out.append(UInt8(ascii: "\\"))
            }
            out.append(byte)
            index += 1
        }
    }

    /// One flag per byte value: the characters our inline Markdown reads as markup.
    private static let isInlineMarker: [Bool] = (0..<256).map { Set("\\*_`[]".utf8).contains(UInt8($0)) }
}
