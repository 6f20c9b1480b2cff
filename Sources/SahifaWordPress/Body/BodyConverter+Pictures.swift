import SahifaCore

extension BodyConverter {
    /// The picture an `<img>` shows, as an `[[image:…]]` directive; when it was not imported, a
    /// note and the caption (if the body gave one) as a paragraph.
    /// - Parameter caption: the body's caption for it, credit included; nil or "" when none.
    mutating func picture(_ image: MarkupElement, caption: String?, attachmentID: Int? = nil) -> [MarkdownBlock] {
        // Lazy-loading plugins keep the real address in `data-src` and a placeholder in `src`.
        let written = image.attribute("data-src") ?? image.attribute("data-lazy-src") ?? image.attribute("src")
        let id =
            attachmentID ?? blockPictureID ?? Self.classAttachmentID(image)
            ?? image.attribute("data-id").flatMap { Int($0) }
        return picture(source: LinkAddress.cleaned(written ?? ""), attachmentID: id, caption: caption)
    }

    /// The picture stored for `source` or `attachmentID` (a `[gallery]` shortcode has only the id).
    mutating func picture(source: String, attachmentID: Int?, caption: String?) -> [MarkdownBlock] {
        let caption = caption ?? ""
        guard !source.isEmpty || attachmentID != nil, let found = links.picture(source, attachmentID),
            Self.isUsableHash(found.hash)
        else {
            let what = source.isEmpty ? "attachment \(attachmentID.map { String($0) } ?? "")" : Self.shortened(source)
            note("picture \(what) not imported")
            return caption.isEmpty ? [] : [.paragraph(MarkdownEscaping.inline(caption))]
        }
        // The body's caption and credit win; what the old site stored with the picture fills in
        // what the body leaves out.
        let split = CaptionCredit.split(caption)
        return [
            .image(
                hash: found.hash,
                caption: directiveText(split.caption.isEmpty ? found.caption : split.caption),
                credit: directiveText(split.credit.isEmpty ? found.credit : split.credit)
            )
        ]
    }

    /// A `<figure>`: one picture with its `figcaption`, a gallery of figures with the gallery's
    /// caption after them, or anything else (a table, a pull quote) with its caption as a paragraph.
    mutating func figure(_ figure: MarkupElement) {
        flushParagraph()
        if figure.hasClass("wp-block-embed") {
            embed(url: nil, in: figure)
            return
        }
        var caption: [MarkupNode] = []
        var body: [MarkupNode] = []
        for child in figure.children {
            if case .element(let element) = child, element.isHTML(["figcaption"]) {
                caption.append(contentsOf: element.children)
            } else {
                body.append(child)
            }
        }
        let images = Self.images(in: body)
        if images.count == 1 && !Self.containsFigure(body) {
            append(picture(images[0], caption: plainText(caption)))
            return
        }
        flow(body)
        captionParagraph(caption)
    }

    /// A caption that belongs to no single picture, kept as a paragraph with its links.
    mutating func captionParagraph(_ nodes: [MarkupNode]) {
        flushParagraph()
        var text = InlineText()
        inline(nodes, into: &text, style: InlineStyle())
        appendParagraph(text)
    }

    /// `[caption id="attachment_ID" …]<img …/> caption text[/caption]`, or the older form with
    /// the text in a `caption` attribute.
    mutating func captionShortcode(_ shortcode: MarkupElement) -> [MarkdownBlock] {
        let id = shortcode.attribute("id").flatMap(Self.attachmentID(captionID:))
        var words = plainText(shortcode.children)
        if words.isEmpty, let attribute = shortcode.attribute("caption") {
            // The attribute may hold markup of its own; only its words are kept.
            words = plainText(MarkupTreeBuilder.tree(of: MarkupTokenizer.tokens(of: attribute)).nodes)
        }
        let images = Self.images(in: shortcode.children)
        guard let first = images.first else {
            return words.isEmpty ? [] : [.paragraph(MarkdownEscaping.inline(words))]
        }
        var result = picture(first, caption: words, attachmentID: id)
        for other in images.dropFirst() {
            result += picture(other, caption: nil)
        }
        return result
    }

    /// `[gallery ids="1,2,3"]`: the pictures by attachment id, in that order.
    mutating func galleryShortcode(_ shortcode: MarkupElement) -> [MarkdownBlock] {
        let list = shortcode.attribute("ids") ?? shortcode.attribute("include") ?? ""
        let ids = list.split(separator: ",").compactMap { Int($0.filter { !$0.isWhitespace }) }
        guard !ids.isEmpty else {
            // Without ids WordPress shows the pictures attached to the post, which the body does not name.
            note("shortcode [gallery] without ids left out")
            return []
        }
        var result: [MarkdownBlock] = []
        for id in ids {
            result += picture(source: "", attachmentID: id, caption: nil)
        }
        return result
    }

    /// A caption or credit as a directive can hold it: one line, with `|` (which would start the
    /// next field) written as `¦`.
    private mutating func directiveText(_ text: String) -> String {
        var line = InlineText()
        line.append(text, style: InlineStyle())
        let words = line.plainText
        guard words.contains("|") else { return words }
        note("'|' in a caption written as '¦'")
        return String(words.map { $0 == "|" ? "¦" : $0 })
    }

    /// The `<img>` elements in `nodes`, in order, leaving out those in a `noscript` copy.
    static func images(in nodes: [MarkupNode]) -> [MarkupElement] {
        var found: [MarkupElement] = []
        func gather(_ nodes: [MarkupNode]) {
            for case .element(let element) in nodes {
                if element.isHTML(["img"]) {
                    found.append(element)
                } else if !(element.kind == .html && leftOut.contains(element.name)) {
                    gather(element.children)
                }
            }
        }
        gather(nodes)
        return found
    }

    private static func containsFigure(_ nodes: [MarkupNode]) -> Bool {
        for case .element(let element) in nodes {
            if element.isHTML(["figure"]) || containsFigure(element.children) { return true }
        }
        return false
    }

    /// The id in a `wp-image-ID` class, which WordPress gives every picture it inserts.
    private static func classAttachmentID(_ image: MarkupElement) -> Int? {
        for name in (image.attribute("class") ?? "").split(whereSeparator: \.isWhitespace)
        where name.hasPrefix("wp-image-") {
            return Int(name.dropFirst("wp-image-".count))
        }
        return nil
    }

    private static func attachmentID(captionID: String) -> Int? {
        captionID.hasPrefix("attachment_") ? Int(captionID.dropFirst("attachment_".count)) : nil
    }

    /// A hash that cannot break the directive line it is written into.
    private static func isUsableHash(_ hash: String) -> Bool {
        !hash.isEmpty && !hash.contains { $0.isWhitespace || $0 == "|" || $0 == "[" || $0 == "]" }
    }
}
