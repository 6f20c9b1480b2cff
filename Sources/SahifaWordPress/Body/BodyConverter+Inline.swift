extension BodyConverter {
    mutating func inline(_ nodes: [MarkupNode], into text: inout InlineText, style: InlineStyle) {
        for node in nodes {
            inline(node, into: &text, style: style)
        }
    }

    mutating func inline(_ node: MarkupNode, into text: inout InlineText, style: InlineStyle) {
        switch node {
        case .text(let words):
            text.append(words, style: style)
        case .pageBreak:
            text.appendSpace()
        case .element(let element):
            switch element.kind {
            case .block:
                // A block comment inside a paragraph: its content is read as blocks of its own.
                text.append(extracted([node]))
            case .shortcode:
                shortcodeInText(element, into: &text, style: style)
            case .html:
                inlineHTML(element, into: &text, style: style)
            }
        }
    }

    private mutating func inlineHTML(_ element: MarkupElement, into text: inout InlineText, style: InlineStyle) {
        var style = style
        switch element.name {
        case "strong", "b":
            style.strong = true
        case "em", "i":
            style.emphasis = true
        case "code", "kbd", "samp", "tt":
            style.code = true
        case "a":
            // A link around nothing but a picture (to the full-size file, usually) is not asked
            // about: the picture stands on its own line, and the link would have no words.
            if let href = element.attribute("href"), !plainText(element.children).isEmpty {
                style.link = linkTarget(href)
            }
        case "br":
            text.appendSpace()
            return
        case "img":
            text.append(picture(element, caption: nil))
            return
        case _ where Self.leftOut.contains(element.name):
            leaveOut(element)
            return
        case _ where Self.blocksInText.contains(element.name) || element.hasClass("related-news"):
            text.append(extracted([.element(element)]))
            return
        case _ where Self.flowContainers.contains(element.name) || Self.textBlocks.contains(element.name):
            // A paragraph or heading inside an item or cell: its words join the item's, apart.
            text.appendSpace()
            inline(element.children, into: &text, style: style)
            text.appendSpace()
            return
        default:
            break
        }
        inline(element.children, into: &text, style: style)
    }

    private static let textBlocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "hr"]

    /// Where a link of the old content should point in Sahifa, or nil to keep only its text.
    /// A link to the old site that the import does not know yet keeps its old address and marks
    /// the conversion pending, so the importer converts the post again later.
    mutating func linkTarget(_ href: String) -> String? {
        let address = LinkAddress.cleaned(href)
        guard !address.isEmpty, !address.hasPrefix("#") else { return nil }
        if let path = links.newPath(address) {
            return LinkAddress.markdownTarget(path)
        }
        if links.isOldSite(address) {
            markPending()
        }
        let absolute = address.hasPrefix("//") ? "https:" + address : address
        guard let target = LinkAddress.markdownTarget(absolute) else {
            let kind = LinkAddress.scheme(of: absolute).map { $0 + ":" } ?? Self.shortened(absolute)
            note("link to \(kind) left out, its text kept")
            return nil
        }
        return target
    }

    /// The words of `nodes` without markup, pictures or blocks: a caption's text.
    func plainText(_ nodes: [MarkupNode]) -> String {
        var text = InlineText()
        Self.gatherText(nodes, into: &text)
        return text.plainText
    }

    private static func gatherText(_ nodes: [MarkupNode], into text: inout InlineText) {
        for node in nodes {
            switch node {
            case .text(let words):
                text.append(words, style: InlineStyle())
            case .pageBreak:
                text.appendSpace()
            case .element(let element):
                if element.kind == .html && (leftOut.contains(element.name) || element.name == "img") { continue }
                if element.kind == .html && (element.name == "br" || flowContainers.contains(element.name)) {
                    text.appendSpace()
                }
                gatherText(element.children, into: &text)
            }
        }
    }
}
