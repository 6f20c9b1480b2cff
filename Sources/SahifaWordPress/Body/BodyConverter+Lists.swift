extension BodyConverter {
    /// `<ul>`/`<ol>` (with or without WordPress 6.1's `wp:list-item` blocks) as one list. Sahifa
    /// lists do not nest, so a nested list's items follow their parent item in the same list.
    /// Pictures or embeds inside items come after the list.
    mutating func list(_ list: MarkupElement) {
        flushParagraph()
        var items = ListItems()
        collectItems(list.children, into: &items)
        if items.flattened { note("nested list flattened") }
        if !items.lines.isEmpty {
            append(.list(ordered: list.name == "ol", items: items.lines))
        }
        append(items.after)
    }

    private mutating func collectItems(_ nodes: [MarkupNode], into items: inout ListItems) {
        // Text or inline elements written straight inside the list make an item of their own.
        var loose = InlineText()
        for node in nodes {
            guard case .element(let element) = node else {
                inline(node, into: &loose, style: InlineStyle())
                continue
            }
            if element.isHTML(["li"]) {
                items.add(loose)
                loose = InlineText()
                listItem(element, into: &items)
            } else if Self.isNestedList(element) {
                items.add(loose)
                loose = InlineText()
                items.flattened = items.flattened || element.kind == .html
                collectItems(element.children, into: &items)
            } else if element.kind == .block {
                items.add(loose)
                loose = InlineText()
                collectItems(element.children, into: &items)
            } else {
                inline(node, into: &loose, style: InlineStyle())
            }
        }
        items.add(loose)
    }

    private mutating func listItem(_ item: MarkupElement, into items: inout ListItems) {
        var text = InlineText()
        for child in item.children {
            if case .element(let element) = child, Self.isNestedList(element) {
                items.add(text)
                text = InlineText()
                items.flattened = true
                collectItems(element.children, into: &items)
            } else {
                inline(child, into: &text, style: InlineStyle())
            }
        }
        items.add(text)
    }

    /// A list inside a list: `<ul>`/`<ol>`, or the `wp:list` block around one.
    private static func isNestedList(_ element: MarkupElement) -> Bool {
        element.isHTML(["ul", "ol"]) || (element.kind == .block && element.name == "list")
    }
}

/// The items of one list as they are read, and the blocks found inside them.
private struct ListItems {
    var lines: [String] = []
    var after: [MarkdownBlock] = []
    var flattened = false

    mutating func add(_ text: InlineText) {
        let (line, blocks) = text.joined()
        if !line.isEmpty { lines.append(line) }
        after.append(contentsOf: blocks)
    }
}
