/// An article's body: the Markdown the editor wrote and the HTML rendered from it at save
/// time. Related-news cards stay as placeholders in the HTML, so a card always shows the
/// linked story's current headline and picture.
public struct ArticleBody: Sendable, Hashable {
    public var markdown: String
    public var html: TrustedHTML
    /// Articles the editor placed as inline cards, in body order.
    public var relatedArticleIDs: [ArticleID]

    public init(markdown: String, html: TrustedHTML, relatedArticleIDs: [ArticleID]) {
        self.markdown = markdown
        self.html = html
        self.relatedArticleIDs = relatedArticleIDs
    }

    /// An empty body, for an article whose text is not written yet.
    public static let empty = ArticleBody(markdown: "", html: TrustedHTML(storedRendering: ""), relatedArticleIDs: [])

    /// The body cut at each related-card placeholder: runs of HTML and the cards between them.
    public var segments: [BodySegment] {
        var segments: [BodySegment] = []
        var rest = Substring(html.html)
        while let start = rest.range(of: Self.cardMarkerStart) {
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.range(of: Self.cardMarkerEnd),
                let id = Int64(afterStart[..<end.lowerBound])
            else { break }
            if start.lowerBound > rest.startIndex {
                segments.append(.html(TrustedHTML(storedRendering: String(rest[..<start.lowerBound]))))
            }
            segments.append(.relatedCard(ArticleID(id)))
            rest = afterStart[end.upperBound...]
        }
        if !rest.isEmpty {
            segments.append(.html(TrustedHTML(storedRendering: String(rest))))
        }
        return segments
    }

    /// Placeholder written by `BodyRenderer`; a user's text can never contain it, because
    /// every `<` from Markdown is escaped.
    static let cardMarkerStart = "<sahifa-related id=\""
    static let cardMarkerEnd = "\"></sahifa-related>"
}

/// A piece of a rendered body, in reading order.
public enum BodySegment: Sendable, Hashable {
    case html(TrustedHTML)
    /// "أخبار ذات علاقة": a card for this article goes here.
    case relatedCard(ArticleID)
}
