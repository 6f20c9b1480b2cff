/// A body made from plain text, as wire copy and imported archives come: one paragraph per
/// non-empty line. The Markdown it keeps escapes every character our Markdown would read as
/// markup, so an editor who opens the article later sees exactly the words, and the HTML is
/// what `BodyRenderer` would make of that Markdown, produced in one pass for fast imports.
public enum PlainTextBody {
    /// - Returns: the body, and its text with one paragraph per line (for search).
    public static func body(fromText text: String) -> (body: ArticleBody, plainText: String) {
        var text = text
        return text.withUTF8 { utf8 in
            var markdown: [UInt8] = []
            var html: [UInt8] = []
            var plain: [UInt8] = []
            markdown.reserveCapacity(utf8.count + 64)
            html.reserveCapacity(utf8.count + 256)
            plain.reserveCapacity(utf8.count)
            // Lines are cut at bytes, not characters: a newline is one byte in UTF-8 and
            // never part of another letter.
            for line in utf8.split(whereSeparator: { $0 == 10 || $0 == 13 }) {
                let paragraph = trimmed(line)
                guard !paragraph.isEmpty else { continue }
                if !plain.isEmpty {
                    markdown.append(contentsOf: [10, 10])
                    html.append(10)
                    plain.append(10)
                }
                appendEscapedMarkdown(paragraph, to: &markdown)
                html.append(contentsOf: paragraphOpen)
                HTMLEscaping.append(UnsafeBufferPointer(rebasing: paragraph), to: &html)
                html.append(contentsOf: paragraphClose)
                plain.append(contentsOf: paragraph)
            }
            let body = ArticleBody(
                markdown: String(decoding: markdown, as: UTF8.self),
                html: TrustedHTML(renderedByBodyRenderer: html),
                relatedArticleIDs: []
            )
            return (body, String(decoding: plain, as: UTF8.self))
        }
    }

    /// Without spaces, tabs and no-break spaces at either end.
    private static func trimmed(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var line = line
        while let first = line.first, first == 32 || first == 9 { line = line.dropFirst() }
        while let last = line.last, last == 32 || last == 9 { line = line.dropLast() }
        while line.starts(with: noBreakSpace) { line = line.dropFirst(2) }
        while line.count >= 2 && line.suffix(2).elementsEqual(noBreakSpace) { line = line.dropLast(2) }
        return line
    }

    /// Backslash before every inline marker, and before a line start that would open a
    /// heading, quote, list or directive.
    private static func appendEscapedMarkdown(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        let bytes = UnsafeBufferPointer(rebasing: bytes)
        var index = 0
        // A line that starts like a block marker gets that marker escaped.
        if let first = bytes.first,
            [UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(first)
        {
            out.append(UInt8(ascii: "\\"))
        }
        let digits = bytes.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count
        while index < bytes.count {
            let byte = bytes[index]
            if isInlineMarker[Int(byte)]
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
    private static let paragraphOpen = Array("<p>".utf8)
    private static let paragraphClose = Array("</p>".utf8)
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
}
