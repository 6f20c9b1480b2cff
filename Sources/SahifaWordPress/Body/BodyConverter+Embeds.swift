extension BodyConverter {
    /// A `wp:embed` block or an embed figure: a link to what it showed, then its caption.
    mutating func embed(url: String?, in container: MarkupElement) {
        let caption = Self.captions(in: container.children)
        let given = url.map(LinkAddress.cleaned) ?? ""
        // WordPress writes the address on a line of its own inside the wrapper, too.
        guard let address = given.isEmpty ? Self.firstAddress(in: plainText(container.children)) : given else {
            note("embed without an address left out")
            captionParagraph(caption)
            return
        }
        append(embedLink(address, kind: "embed"))
        captionParagraph(caption)
    }

    /// An `<iframe>`: players of known hosts become links, and so do others served over https.
    mutating func iframe(_ frame: MarkupElement) {
        var source = LinkAddress.cleaned(frame.attribute("src") ?? frame.attribute("data-src") ?? "")
        if source.hasPrefix("//") { source = "https:" + source }
        guard !source.isEmpty else {
            note("iframe without an address left out")
            return
        }
        guard EmbedLink.isKnown(source) || source.lowercased().hasPrefix("https://") else {
            note("iframe from \(EmbedLink.reportedHost(of: source) ?? Self.shortened(source)) left out")
            return
        }
        append(embedLink(source, kind: "iframe"))
    }

    /// A paragraph holding a link to the page a reader can open for the embedded `address`.
    mutating func embedLink(_ address: String, kind: String) -> [MarkdownBlock] {
        let host = EmbedLink.reportedHost(of: address) ?? Self.shortened(address)
        let reader = EmbedLink.readerAddress(for: address)
        let lowered = reader.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"),
            let target = LinkAddress.markdownTarget(reader)
        else {
            note("\(kind) from \(host) left out")
            return []
        }
        note("\(kind) from \(host) kept as a link")
        var text = InlineText()
        text.append(EmbedLink.label(for: reader), style: InlineStyle(link: target))
        let line = text.joined().line
        return line.isEmpty ? [] : [.paragraph(line)]
    }

    /// The content of every `figcaption` in `nodes`.
    private static func captions(in nodes: [MarkupNode]) -> [MarkupNode] {
        var found: [MarkupNode] = []
        for case .element(let element) in nodes {
            if element.isHTML(["figcaption"]) {
                found.append(contentsOf: element.children)
            } else {
                found.append(contentsOf: captions(in: element.children))
            }
        }
        return found
    }

    private static func firstAddress(in text: String) -> String? {
        text.split(separator: " ").first { $0.hasPrefix("https://") || $0.hasPrefix("http://") }.map(String.init)
    }
}
