import SahifaCore

/// An article's text as the search index holds it, field by field (see `SearchText`).
public struct AnalysedArticle: Sendable, Hashable {
    public var headline: String
    public var kicker: String
    public var summary: String
    public var tags: String
    public var body: String

    /// Analyses each field; `bodyText` is the body as plain text.
    public init(headline: String, kicker: String, summary: String, tagNames: [String], bodyText: String) {
        self.headline = SearchText.indexed(headline)
        self.kicker = SearchText.indexed(kicker)
        self.summary = SearchText.indexed(summary)
        self.tags = SearchText.indexed(tagNames.joined(separator: "، "))
        self.body = SearchText.indexed(bodyText, surfaceForms: false)
    }

    /// The ranking weight of each field, in column order: a word in the headline counts ten
    /// times one in the body.
    package static let fieldWeights: [Double] = [10, 4, 3, 5, 1]
}

extension AnalysedArticle {
    /// An article as the index takes it, when it is published (nil otherwise), from a row of
    /// its status, headline, kicker, summary, body text and its tags' names joined in one text.
    /// The row `published(from:)` reads, for the article with id `?`; `tagNames` is the
    /// backend's aggregate of `t.name` joined by '،', over the article's tags `x` and `t`.
    package static func sourceQuery(tagNames: String) -> String {
        """
        SELECT a.status, a.headline, COALESCE(a.kicker, ''), a.summary, b.plain_text,
               (SELECT \(tagNames) FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id)
        FROM articles a JOIN article_bodies b ON b.article_id = a.id
        WHERE a.id = ?
        """
    }

    package static func published(from row: some StoreRow) throws -> AnalysedArticle? {
        guard try row.text(0) == ArticleStatus.published.rawValue else { return nil }
        return AnalysedArticle(
            headline: try row.text(1),
            kicker: try row.text(2),
            summary: try row.text(3),
            tagNames: try row.optionalText(5).map { [$0] } ?? [],
            bodyText: try row.text(4)
        )
    }
}
