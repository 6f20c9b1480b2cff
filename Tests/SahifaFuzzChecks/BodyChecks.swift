import SahifaCore

/// A body's Markdown, as an editor, the API or an import hands it in.
enum BodyChecks {
    /// Every tag the renderer writes; anything else after a `<` came from the input unescaped.
    private static let renderedTags: Set<String> = [
        "p", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "code", "a", "figure", "img",
        "figcaption", "span",
    ]

    static func problems(for input: [UInt8]) -> [String] {
        let markdown = FuzzInput.text(input)
        var problems: [String] = []
        // Rendering asks more than reading (a picture must be in the library), never less.
        let readable = (try? ParsedBody(markdown)) != nil
        if let body = try? BodyRenderer().render(markdown) {
            problems += strayMarkup(in: body.html.html)
            if !readable { problems.append("the body renders but cannot be read") }
        }
        if readable, (try? BodyRenderer.plainText(of: markdown)) == nil {
            problems.append("the body can be read but has no plain text")
        }
        problems += escapedLineRoundTrip(markdown)
        return problems
    }

    private static func strayMarkup(in html: String) -> [String] {
        var problems: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            var name = rest[rest.index(after: open)...]
            if name.first == "/" { name = name.dropFirst() }
            let tag = String(name.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
            if !renderedTags.contains(tag) && !tag.hasPrefix("sahifa-") {
                problems.append("input markup reached the page: <\(tag)")
            }
            rest = rest[rest.index(after: open)...]
        }
        if html.lowercased().contains("href=\"javascript:") { problems.append("a javascript: link reached the page") }
        return problems
    }

    /// Text escaped as a line (what plain-text imports write) reads back as that text.
    private static func escapedLineRoundTrip(_ markdown: String) -> [String] {
        let line = FuzzInput.collapsedSpace(markdown.withoutControlCharacters)
        guard !line.isEmpty else { return [] }
        guard let read = try? BodyRenderer.plainText(of: MarkdownEscaping.line(line)) else {
            return ["an escaped line is refused as a body: \(line.debugDescription)"]
        }
        return FuzzInput.collapsedSpace(read) == line
            ? [] : ["an escaped line reads back as \(read.debugDescription), not \(line.debugDescription)"]
    }
}
