import ArabicText

/// What a reader typed, analysed like the index (`SearchText`): one group of terms per word.
/// Built only from analysed terms, so no character of the reader's input reaches a full-text
/// query's syntax: quotes, `*`, `NEAR`, `-`, `^` and `column:` are just text.
public struct SearchQuery: Sendable, Hashable {
    /// Each word's terms: its stem, alternative stem and marked surface form.
    public let words: [[String]]

    /// The most words a query uses; the rest of a very long input is ignored.
    public static let wordLimit = 12

    /// nil when the text has no searchable word (empty, only stopwords or punctuation).
    public init?(_ text: String) {
        var words: [[String]] = []
        var seen = Set<[String]>()
        for token in ArabicTokenizer.tokens(in: String(text.prefix(2_000))) {
            let terms = SearchText.terms(of: token)
            if !terms.isEmpty, seen.insert(terms).inserted {
                words.append(terms)
                if words.count == Self.wordLimit { break }
            }
        }
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// The stems and alternatives to mark in headlines and snippets.
    public var highlightTerms: Set<String> {
        Set(words.flatMap { $0.filter { !$0.hasPrefix(SearchText.surfaceMark) } })
    }

    /// An FTS5 match expression: every word (`all`) or any word, each as any of its terms.
    package func fts5Expression(all: Bool) -> String {
        words.map { group in "(" + group.map(Self.phrase).joined(separator: " OR ") + ")" }
            .joined(separator: all ? " AND " : " OR ")
    }

    /// Every term as an FTS5 phrase, in the order the match expressions list them.
    package var fts5Phrases: [String] {
        words.flatMap { $0.map(Self.phrase) }
    }

    /// A term as a quoted string (a quote inside is doubled, as FTS5 wants), so nothing in it
    /// is read as an operator.
    private static func phrase(_ term: String) -> String {
        "\"" + term.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        contains("\"") ? split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") : self
    }
}
