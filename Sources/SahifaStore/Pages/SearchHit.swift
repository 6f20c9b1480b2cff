import SahifaCore

/// One search result: the article's teaser, how well it matched, and its body text for a
/// snippet.
public struct SearchHit: Sendable, Hashable {
    public var teaser: ArticleTeaser
    /// Higher is better; comparable only within one search.
    public var score: Double
    /// The body as plain text, one paragraph per line.
    public var bodyText: String

    public init(teaser: ArticleTeaser, score: Double, bodyText: String) {
        self.teaser = teaser
        self.score = score
        self.bodyText = bodyText
    }
}
