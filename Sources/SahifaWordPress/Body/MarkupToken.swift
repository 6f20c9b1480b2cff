/// One piece of WordPress content as `MarkupTokenizer` reads it, in order.
enum MarkupToken: Hashable, Sendable {
    /// Text with its character references decoded.
    case text(String)
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    /// `<!-- wp:NAME {json} -->`, or `<!-- wp:NAME {json} /-->` when `selfClosing`.
    case blockStart(name: String, attributes: BlockAttributes, selfClosing: Bool)
    case blockEnd(name: String)
    /// `[NAME …]`; `selfClosing` when it has no `[/NAME]` to wait for.
    case shortcodeStart(name: String, attributes: [String: String], selfClosing: Bool)
    case shortcodeEnd(name: String)
    /// `<!--nextpage-->`.
    case pageBreak
    /// Content that was read past and left out, named for the report ("script").
    case leftOut(String)
}
