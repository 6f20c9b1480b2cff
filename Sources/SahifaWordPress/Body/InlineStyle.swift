/// How a stretch of inline text is marked up. Sahifa's inline Markdown does not nest everything
/// HTML can (bold inside italic, code inside a link), so a run carries flags and the writer picks
/// what the Markdown can hold.
struct InlineStyle: Hashable, Sendable {
    var strong = false
    var emphasis = false
    var code = false
    /// Where the text links to, already resolved for the new site and safe to write.
    var link: String?
}
