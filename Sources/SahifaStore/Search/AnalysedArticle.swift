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
    static let fieldWeights: [Double] = [10, 4, 3, 5, 1]
}
