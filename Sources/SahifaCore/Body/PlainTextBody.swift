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
                MarkdownEscaping.append(
                    UnsafeBufferPointer(rebasing: paragraph), markers: true, lineStart: true, to: &markdown)
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

    private static let paragraphOpen = Array("<p>".utf8)
    private static let paragraphClose = Array("</p>".utf8)
    private static let noBreakSpace: [UInt8] = [0xC2, 0xA0]
}
