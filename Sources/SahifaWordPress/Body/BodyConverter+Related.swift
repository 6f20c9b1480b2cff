extension BodyConverter {
    /// A "أخبار ذات علاقة" box (a `wp:group` or `<div>` with the class `related-news`): each link
    /// to an imported post becomes a `[[related:ID]]` card. The box's own heading goes, since the
    /// card shows its label; so do the thumbnails, since the card shows the story's picture. A
    /// link the import does not know (yet) is kept as a list item.
    mutating func related(_ box: MarkupElement) {
        flushParagraph()
        var anchors: [MarkupElement] = []
        Self.collectLinks(box.children, into: &anchors)
        var items: [String] = []
        for anchor in anchors {
            let address = LinkAddress.cleaned(anchor.attribute("href") ?? "")
            guard !address.isEmpty, !address.hasPrefix("#") else { continue }
            if let id = links.articleID(address), id > 0 {
                if !items.isEmpty {
                    append(.list(ordered: false, items: items))
                    items = []
                }
                append(.related(id))
                continue
            }
            note("related link to \(Self.shortened(address)) kept as a list item")
            let words = plainText(anchor.children)
            var text = InlineText()
            text.append(words.isEmpty ? address : words, style: InlineStyle(link: linkTarget(address)))
            let line = text.joined().line
            if !line.isEmpty { items.append(line) }
        }
        if !items.isEmpty {
            append(.list(ordered: false, items: items))
        }
        if anchors.isEmpty {
            note("related-news box without links left out")
        }
    }

    private static func collectLinks(_ nodes: [MarkupNode], into anchors: inout [MarkupElement]) {
        for case .element(let element) in nodes {
            if element.isHTML(["a"]) && element.attribute("href") != nil {
                anchors.append(element)
            } else {
                collectLinks(element.children, into: &anchors)
            }
        }
    }
}
