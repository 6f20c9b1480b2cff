extension BodyConverter {
    /// A `<table>`: Sahifa has no tables, so each row becomes a paragraph of its cells joined by
    /// " — ", after the table's caption.
    mutating func table(_ table: MarkupElement) {
        flushParagraph()
        var rows: [MarkupElement] = []
        var captions: [MarkupNode] = []
        Self.collectRows(table.children, rows: &rows, captions: &captions)
        guard !rows.isEmpty else {
            flow(table.children)
            flushParagraph()
            return
        }
        note("table kept as paragraphs, one a row")
        captionParagraph(captions)
        for row in rows {
            var cells: [String] = []
            var found: [MarkdownBlock] = []
            for case .element(let cell) in row.children where cell.isHTML(["td", "th"]) {
                var text = InlineText()
                inline(cell.children, into: &text, style: InlineStyle())
                let (line, inside) = text.joined()
                if !line.isEmpty { cells.append(line) }
                found.append(contentsOf: inside)
            }
            if !cells.isEmpty {
                append(.paragraph(cells.joined(separator: " — ")))
            }
            append(found)
        }
    }

    private static func collectRows(_ nodes: [MarkupNode], rows: inout [MarkupElement], captions: inout [MarkupNode]) {
        for case .element(let element) in nodes {
            if element.isHTML(["tr"]) {
                rows.append(element)
            } else if element.isHTML(["caption"]) {
                captions.append(contentsOf: element.children)
            } else if element.kind == .block || element.isHTML(["thead", "tbody", "tfoot"]) {
                collectRows(element.children, rows: &rows, captions: &captions)
            }
        }
    }

    /// `<pre>` (code and preformatted blocks): each line a paragraph, since Sahifa has no code block.
    mutating func preformatted(_ pre: MarkupElement) {
        flushParagraph()
        var text = ""
        Self.gatherLines(pre.children, into: &text)
        var wrote = false
        for line in text.split(whereSeparator: \.isNewline) {
            var words = InlineText()
            words.append(String(line), style: InlineStyle())
            let written = words.joined().line
            if !written.isEmpty {
                append(.paragraph(written))
                wrote = true
            }
        }
        if wrote { note("preformatted text kept as paragraphs") }
    }

    private static func gatherLines(_ nodes: [MarkupNode], into text: inout String) {
        for node in nodes {
            switch node {
            case .text(let words):
                text += words
            case .pageBreak:
                text += "\n"
            case .element(let element):
                if element.isHTML(["br"]) { text += "\n" }
                if !(element.kind == .html && leftOut.contains(element.name)) {
                    gatherLines(element.children, into: &text)
                }
            }
        }
    }
}
