/// A body made from plain text, as wire copy and imported archives come: one paragraph per
/// non-empty line. The Markdown it keeps escapes every character our Markdown would read as
/// markup, so an editor who opens the article later sees exactly the words, and the HTML is
/// what `BodyRenderer` would make of that Markdown, produced in one pass for fast imports.
public enum PlainTextBody {
    /// - Returns: the body, and its text with one paragraph per line (for search).
    public static func body(fromText text: String) -> (body: ArticleBody, plainText: String) {
        var markdown: [UInt8] = []
        var html: [UInt8] = []
        var plain: [UInt8] = []
        markdown.reserveCapacity(text.utf8.count + 64)
        html.reserveCapacity(text.utf8.count + 256)
        plain.reserveCapacity(text.utf8.count)
        for line in text.split(whereSeparator: \.isNewline) {
            let paragraph = line.trimmingWhitespace()
            guard !paragraph.isEmpty else { continue }
            if !plain.isEmpty {
                markdown.append(contentsOf: [10, 10])
                html.append(10)
                plain.append(10)
            }
            appendEscapedMarkdown(paragraph, to: &markdown)
            html.append(contentsOf: paragraphOpen)
            HTMLEscaping.append(paragraph, to: &html)
            html.append(contentsOf: paragraphClose)
            plain.append(contentsOf: paragraph.utf8)
        }
        let body = ArticleBody(
            markdown: String(decoding: markdown, as: UTF8.self),
            html: TrustedHTML(renderedByBodyRenderer: html),
            relatedArticleIDs: []
        )
        return (body, String(decoding: plain, as: UTF8.self))
    }

    /// Backslash before every inline marker, and before a line start that would open a
    /// heading, quote, list or directive.
    private static func appendEscapedMarkdown(_ paragraph: Substring, to out: inout [UInt8]) {
        let bytes = Array(paragraph.utf8)
        var index = 0
        // A line that starts like a block marker gets that marker escaped.
        if let first = bytes.first, [UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "+")].contains(first) {
            out.append(UInt8(ascii: "\\"))
        }
        let digits = bytes.prefix(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }).count
        while index < bytes.count {
            let byte = bytes[index]
            if inlineMarkers.contains(byte)
                || (index == digits && digits > 0 && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")))
            {
                out.append(UInt8(ascii: "\\"))
            }
            out.append(byte)
            index += 1
        }
    }

    private static let inlineMarkers: Set<UInt8> = Set("\\*_`[]".utf8)
    private static let paragraphOpen = Array("<p>".utf8)
    private static let paragraphClose = Array("</p>".utf8)
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}
