extension BodyConverter {
    /// A shortcode among blocks: a picture, gallery or embed it stands for, or its content.
    mutating func shortcodeInFlow(_ shortcode: MarkupElement) {
        if let found = known(shortcode) {
            // One that stands for nothing (a caption without its picture's text) leaves the
            // paragraph around it whole.
            if !found.isEmpty { append(found) }
            return
        }
        noteUnknown(shortcode)
        flow(shortcode.children)
    }

    /// A shortcode inside a paragraph: the blocks it stands for are set aside, other content stays.
    mutating func shortcodeInText(_ shortcode: MarkupElement, into text: inout InlineText, style: InlineStyle) {
        if let found = known(shortcode) {
            text.append(found)
            return
        }
        noteUnknown(shortcode)
        inline(shortcode.children, into: &text, style: style)
    }

    private mutating func known(_ shortcode: MarkupElement) -> [MarkdownBlock]? {
        switch shortcode.name {
        case "caption", "wp_caption":
            return captionShortcode(shortcode)
        case "gallery":
            return galleryShortcode(shortcode)
        case "embed":
            let address = LinkAddress.cleaned(plainText(shortcode.children))
            guard !address.isEmpty else {
                note("shortcode [embed] without an address left out")
                return []
            }
            return embedLink(address, kind: "embed")
        default:
            return nil
        }
    }

    /// Any other shortcode is a plugin's, which Sahifa cannot run: what it encloses is kept
    /// as text, the shortcode itself goes.
    private mutating func noteUnknown(_ shortcode: MarkupElement) {
        let keepsText = !plainText(shortcode.children).isEmpty
        note("shortcode [\(shortcode.name)] left out" + (keepsText ? ", its text kept" : ""))
    }
}
