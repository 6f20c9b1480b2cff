/// A node of the lenient tree the tokenizer's output is built into.
enum MarkupNode: Hashable, Sendable {
    /// Text with its character references decoded and its whitespace as written.
    case text(String)
    case element(MarkupElement)
    /// `<!--nextpage-->`: WordPress splits the post into pages here; Sahifa joins them.
    case pageBreak
}
