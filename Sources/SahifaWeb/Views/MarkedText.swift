import ArabicText

/// Text with the reader's words marked: each match in `<mark>`, every piece escaped.
enum MarkedText {
    static func write(_ snippet: HighlightedSnippet, into html: inout HTMLWriter) {
        for segment in snippet.segments {
            if segment.isMatch {
                html.element("<mark>", segment.text, close: "</mark>")
            } else {
                html.text(segment.text)
            }
        }
    }

    /// The same as an HTML string, for the API.
    static func html(_ snippet: HighlightedSnippet) -> String {
        var html = HTMLWriter(capacity: 512)
        write(snippet, into: &html)
        return String(decoding: html.bytes, as: UTF8.self)
    }
}
