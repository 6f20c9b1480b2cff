import SahifaCore

/// One search result: the article's teaser, how well it matched, and its body text for a
/// snippet.
public struct SearchHit: Sendable, Hashable {
    public var teaser: ArticleTeaser
    /// Higher is better; comparable only within one search.
    public var score: Double
    /// The start of the body as plain text, one paragraph per line: at most `quotedLength`
    /// characters, where the snippet is looked for.
    public var bodyText: String

    /// How much of a body a snippet is looked for in: about 500 words. News puts the point
    /// first, and finding the passage in a whole long body was most of a search's time.
    public static let quotedLength = 3_000

    public init(teaser: ArticleTeaser, score: Double, bodyText: String) {
        self.teaser = teaser
        self.score = score
        self.bodyText = bodyText
    }
}
