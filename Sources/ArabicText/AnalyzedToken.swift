/// A token together with the search term it contributes: what the search index stores, and what the highlighter
/// matches query terms against to find the span to mark in the original text.
public struct AnalyzedToken: Sendable, Hashable {
    /// The word or number as found, with its span in the original text.
    public let token: ArabicToken
    /// The search term: the light stem for Arabic words, the normalised form for other words and numbers.
    public let term: String

    /// Pairs a token with its term; ``ArabicAnalyzer`` is the usual source.
    public init(token: ArabicToken, term: String) {
        self.token = token
        self.term = term
    }
}
