/// One block of a body as parsed from its Markdown, before rendering.
enum BodyBlock: Equatable {
    case paragraph(String)
    /// Level 2 or 3: the page's headline is the only h1.
    case heading(level: Int, text: String)
    case quote([String])
    case list(ordered: Bool, items: [String])
    case relatedCard(ArticleID)
    case image(reference: String, caption: String?, credit: String?, line: Int)
    case embed(BodyEmbed)
}
