/// Builds tokens into a tree the way a browser would, roughly: a new `<p>` or block-level tag
/// closes an open paragraph, `<li>` closes the previous item, an end tag closes what was left
/// open inside it, and an end tag that matches nothing is ignored. Block comments nest by their
/// own names; an HTML end tag never closes a block it did not open in.
struct MarkupTreeBuilder {
    private var stack: [MarkupElement] = [MarkupElement(kind: .block, name: "")]
    private(set) var notes: [String] = []

    /// Deeper elements are read as their content: nothing written by hand nests this far, and
    /// the converter walks the tree recursively.
    static let maximumDepth = 48

    static func tree(of tokens: [MarkupToken]) -> (nodes: [MarkupNode], notes: [String]) {
        var builder = MarkupTreeBuilder()
        for token in tokens {
            builder.consume(token)
        }
        builder.close(downTo: 1)
        return (builder.stack[0].children, builder.notes)
    }

    private mutating func consume(_ token: MarkupToken) {
        switch token {
        case .text(let text):
            appendText(text)
        case .startTag(let name, let attributes, let selfClosing):
            closeImplied(by: name)
            let element = MarkupElement(kind: .html, name: name, attributes: attributes)
            if selfClosing || Self.voidElements.contains(name) {
                append(.element(element))
            } else {
                open(element)
            }
        case .endTag(let name):
            if name == "br" {
                // Browsers read a stray `</br>` as a line break.
                append(.element(MarkupElement(kind: .html, name: "br")))
            } else if let index = openIndex(kind: .html, name: name, crossingBlocks: false) {
                close(downTo: index)
            }
        case .blockStart(let name, let attributes, let selfClosing):
            let element = MarkupElement(kind: .block, name: name, block: attributes, selfClosing: selfClosing)
            if selfClosing { append(.element(element)) } else { open(element) }
        case .blockEnd(let name):
            if let index = openIndex(kind: .block, name: name, crossingBlocks: true) {
                close(downTo: index)
            }
        case .shortcodeStart(let name, let attributes, let selfClosing):
            let element = MarkupElement(kind: .shortcode, name: name, attributes: attributes)
            if selfClosing { append(.element(element)) } else { open(element) }
        case .shortcodeEnd(let name):
            if let index = openIndex(kind: .shortcode, name: name, crossingBlocks: false) {
                close(downTo: index)
            }
        case .pageBreak:
            append(.pageBreak)
            note("page breaks (<!--nextpage-->) removed, pages joined")
        case .leftOut(let what):
            note("\(what) left out")
        }
    }

    private mutating func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    private mutating func append(_ node: MarkupNode) {
        stack[stack.count - 1].children.append(node)
    }

    /// Text next to text is one node, so a comment between two halves of a paragraph does not
    /// split it, and blank lines are seen whole.
    private mutating func appendText(_ text: String) {
        let top = stack.count - 1
        if case .text(var joined)? = stack[top].children.last {
            // Taken out before appending, so the string is uniquely held and grows in place:
            // many short pieces in a row stay linear.
            stack[top].children.removeLast()
            joined += text
            stack[top].children.append(.text(joined))
        } else {
            stack[top].children.append(.text(text))
        }
    }

    private mutating func open(_ element: MarkupElement) {
        guard stack.count <= Self.maximumDepth else {
            note("markup nested too deep, read as its text")
            return
        }
        stack.append(element)
    }

    /// Closes the open elements from the top of the stack down to, and with, `index`.
    private mutating func close(downTo index: Int) {
        while stack.count > max(index, 1) {
            let element = stack.removeLast()
            stack[stack.count - 1].children.append(.element(element))
        }
    }

    /// The stack index of the nearest open element of that kind and name.
    private func openIndex(kind: MarkupElement.Kind, name: String, crossingBlocks: Bool) -> Int? {
        var index = stack.count - 1
        while index > 0 {
            let element = stack[index]
            if element.kind == kind && element.name == name { return index }
            if element.kind == .block && !crossingBlocks { return nil }
            index -= 1
        }
        return nil
    }

    /// The nearest open element named in `targets`, looking down the stack no further than
    /// an element named in `stoppers` or a block or shortcode (the scope HTML gives them).
    private func scopedIndex(of targets: Set<String>, stoppingAt stoppers: Set<String>) -> Int? {
        var index = stack.count - 1
        while index > 0 {
            let element = stack[index]
            guard element.kind == .html else { return nil }
            if targets.contains(element.name) { return index }
            if stoppers.contains(element.name) { return nil }
            index -= 1
        }
        return nil
    }

    private mutating func closeImplied(by name: String) {
        if Self.closesParagraph.contains(name),
            let index = scopedIndex(of: ["p"], stoppingAt: ["td", "th", "table", "button", "caption"])
        {
            close(downTo: index)
        }
        switch name {
        case "li":
            if let index = scopedIndex(of: ["li"], stoppingAt: ["ul", "ol", "td", "th", "table"]) {
                close(downTo: index)
            }
        case "dt", "dd":
            if let index = scopedIndex(of: ["dt", "dd"], stoppingAt: ["dl", "td", "th", "table"]) {
                close(downTo: index)
            }
        case "tr":
            if let index = scopedIndex(of: ["tr"], stoppingAt: ["table"]) {
                close(downTo: index)
            }
        case "td", "th":
            if let index = scopedIndex(of: ["td", "th"], stoppingAt: ["tr", "table"]) {
                close(downTo: index)
            }
        case "a":
            // Links do not nest; a second `<a>` ends the first, as in browsers.
            if let index = scopedIndex(of: ["a"], stoppingAt: ["td", "th", "table"]) {
                close(downTo: index)
            }
        case "h1", "h2", "h3", "h4", "h5", "h6":
            if let top = stack.last, top.isHTML(Self.headings) {
                close(downTo: stack.count - 1)
            }
        default:
            break
        }
    }

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr",
    ]

    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p",
        "pre", "section", "table", "ul",
    ]
}
