extension BodyConverter {
    /// `<h1>`…`<h6>`: Sahifa keeps the headline as the page's only h1, so h1 and h2 are `##` and
    /// the smaller ones `###`. Pictures inside a heading follow it.
    mutating func heading(_ heading: MarkupElement) {
        flushParagraph()
        var text = InlineText()
        inline(heading.children, into: &text, style: InlineStyle())
        let (line, found) = text.joined()
        if !line.isEmpty {
            append(.heading(level: heading.name == "h1" || heading.name == "h2" ? 2 : 3, text: line))
        }
        append(found)
    }

    /// A `<blockquote>` (WordPress's quote and pull quote): each paragraph inside it a `>`
    /// paragraph, and its `<cite>` a last `> — name` one. Pictures inside it follow the quote.
    mutating func quote(_ quote: MarkupElement) {
        flushParagraph()
        var cites: [MarkupNode] = []
        let body = Self.removingCites(quote.children, into: &cites)
        var paragraphs: [String] = []
        var after: [MarkdownBlock] = []
        for block in extracted(body) {
            switch block {
            case .paragraph(let text), .heading(_, let text):
                paragraphs.append(text)
            case .quote(let inner):
                paragraphs.append(contentsOf: inner)
            case .list(_, let items):
                paragraphs.append(contentsOf: items)
            case .image, .related:
                after.append(block)
            }
        }
        var citation = InlineText()
        inline(cites, into: &citation, style: InlineStyle())
        let (cite, found) = citation.joined()
        after.append(contentsOf: found)
        let name = cite.drop { $0 == "—" || $0 == "–" || $0 == "-" || $0 == " " }
        if !name.isEmpty {
            paragraphs.append("— " + name)
        }
        if !paragraphs.isEmpty {
            append(.quote(paragraphs))
        }
        append(after)
    }

    /// `nodes` without their `<cite>` elements, which go to `cites`: those written straight
    /// inside the quote and those inside its paragraphs.
    private static func removingCites(_ nodes: [MarkupNode], into cites: inout [MarkupNode], depth: Int = 0)
        -> [MarkupNode]
    {
        var kept: [MarkupNode] = []
        for node in nodes {
            guard case .element(var element) = node else {
                kept.append(node)
                continue
            }
            if element.isHTML(["cite"]) {
                if !cites.isEmpty { cites.append(.text(" ")) }
                cites.append(contentsOf: element.children)
            } else if depth == 0 && (element.isHTML(["p"]) || element.kind == .block) {
                element.children = removingCites(element.children, into: &cites, depth: depth + 1)
                kept.append(.element(element))
            } else {
                kept.append(node)
            }
        }
        return kept
    }
}
