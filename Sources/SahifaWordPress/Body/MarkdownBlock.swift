import SahifaCore

/// One block of the Markdown being written. Texts hold inline Markdown, already escaped; a
/// paragraph's line start is escaped when it is written, since only there could it be read as
/// a heading, quote or list.
enum MarkdownBlock: Hashable, Sendable {
    case paragraph(String)
    /// Level 2 or 3, as Sahifa keeps the page's headline as its only h1.
    case heading(level: Int, text: String)
    case quote([String])
    case list(ordered: Bool, items: [String])
    /// Caption and credit are literal text (the renderer does not read Markdown in them), with
    /// no `|` or line break left in them.
    case image(hash: String, caption: String, credit: String)
    case related(Int64)

    var markdown: String {
        switch self {
        case .paragraph(let text):
            return MarkdownEscaping.lineStart(ofMarkdown: text)
        case .heading(let level, let text):
            return (level <= 2 ? "## " : "### ") + text
        case .quote(let paragraphs):
            // An empty `>` line keeps the paragraphs of one quote apart.
            return paragraphs.map { "> " + $0 }.joined(separator: "\n>\n")
        case .list(let ordered, let items):
            return items.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + $0.element }
                .joined(separator: "\n")
        case .image(let hash, let caption, let credit):
            if credit.isEmpty {
                return caption.isEmpty ? "[[image:\(hash)]]" : "[[image:\(hash)|\(caption)]]"
            }
            return "[[image:\(hash)|\(caption)|\(credit)]]"
        case .related(let id):
            return "[[related:\(id)]]"
        }
    }
}
