/// An HTML element, a block (`<!-- wp:NAME -->` … `<!-- /wp:NAME -->`) or a shortcode
/// (`[NAME …]` … `[/NAME]`) with what it encloses.
struct MarkupElement: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case html
        case block
        case shortcode
    }

    var kind: Kind
    /// Lower-case for HTML; a block's name without `wp:` and `core/` (`image`, `core-embed/youtube`).
    var name: String
    /// HTML or shortcode attributes by lower-case name, values decoded; a shortcode's positional
    /// values are under "0", "1", ….
    var attributes: [String: String] = [:]
    var block = BlockAttributes()
    /// A block written `<!-- wp:NAME /-->`: WordPress renders it from the database, the export
    /// holds nothing of it.
    var selfClosing = false
    var children: [MarkupNode] = []

    func attribute(_ name: String) -> String? {
        attributes[name]
    }

    /// Whether the element's `class` attribute or, for a block, its `className` holds `name`.
    func hasClass(_ name: String) -> Bool {
        block.hasClass(name)
            || (attributes["class"]?.split(whereSeparator: \.isWhitespace).contains { $0 == name } ?? false)
    }

    func isHTML(_ names: Set<String>) -> Bool {
        kind == .html && names.contains(name)
    }
}
