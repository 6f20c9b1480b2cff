/// Converts the content of a WordPress post (the `content:encoded` of a WXR export) into a
/// Sahifa body. Both of WordPress's editors are read: block-editor markup, whose
/// `<!-- wp:NAME {json} -->` comments guide the structure, and classic-editor HTML, which has
/// no `<p>` tags (blank lines separate paragraphs, as WordPress's `wpautop` reads them) and
/// carries shortcodes such as `[caption]`.
///
/// Nothing of the HTML passes through: every word ends up as escaped Markdown text, so the body
/// reads in Sahifa exactly as the words read on the old site. What cannot be carried over
/// faithfully (players, scripts, tables, plugins' shortcodes) is kept as safe text or left out,
/// and `notes` says which.
public enum WordPressBody {
    /// The Markdown for `content`, with notes for the import report.
    ///
    /// It never fails: markup that is not well formed (unclosed tags, a stray `<`) is read
    /// leniently, and the work is linear in the length of `content`.
    /// - Parameter links: what the import knows of the pictures, posts and pages of the old site.
    public static func convert(_ content: String, links: WordPressContentLinks) -> WordPressBodyConversion {
        let tree = MarkupTreeBuilder.tree(of: MarkupTokenizer.tokens(of: content))
        var converter = BodyConverter(links: links)
        for note in tree.notes {
            converter.note(note)
        }
        converter.flow(tree.nodes)
        converter.flushParagraph()
        return WordPressBodyConversion(
            markdown: converter.blocks.map(\.markdown).joined(separator: "\n\n"),
            notes: converter.notes,
            hasPendingReferences: converter.hasPendingReferences,
            pictureHashes: converter.blocks.compactMap { block in
                if case .image(let hash, _, _) = block { hash } else { nil }
            }
        )
    }
}
