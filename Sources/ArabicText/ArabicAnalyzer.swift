/// Turns text into search terms: tokenise, normalise, drop stopwords, light-stem Arabic words.
///
/// This is the one pipeline for both sides of search: the text each store indexes is analysed here, in Swift,
/// before it is written (SahifaStore's `SearchText`, for SQLite's FTS5 table and PostgreSQL's `tsvector` alike),
/// and so is the query, so a query word and a document word meet whenever they share a term, whatever their
/// harakat, hamza seat, tatweel, ة/ه, ى/ي, article or clitics.
public enum ArabicAnalyzer {
    /// The search terms of `text`, in document order, duplicates kept (term frequency matters for ranking).
    ///
    /// Stopwords are dropped; Arabic words are light-stemmed (``LightStemmer``); Latin words are lower-cased but
    /// not stemmed; numbers are in ASCII digits without grouping.
    public static func terms(in text: String) -> [String] {
        ArabicTokenizer.tokens(in: text).compactMap(term(for:))
    }

    /// Each token that yields a term, with that term, in document order: for an index that stores positions or
    /// offsets, and for mapping query terms back to spans of the original (vocalised) text.
    public static func analyzedTokens(in text: String) -> [AnalyzedToken] {
        ArabicTokenizer.tokens(in: text).compactMap { token in
            term(for: token).map { AnalyzedToken(token: token, term: $0) }
        }
    }

    /// The search term of one token, or nil when the token is a stopword.
    ///
    /// Exposed so that callers that already tokenised (the highlighter's pre-test, `SoughtTerms`) get exactly the
    /// terms that ``terms(in:)`` would give.
    public static func term(for token: ArabicToken) -> String? {
        switch token.kind {
        case .arabic:
            ArabicStopwords.contains(token.normalized) ? nil : LightStemmer.stem(token.normalized)
        case .latin:
            ArabicStopwords.contains(token.normalized) ? nil : token.normalized
        case .number:
            token.normalized
        }
    }

    /// A second search term for an Arabic word that may carry a single proclitic ب ل ك ف (see
    /// ``LightStemmer/stemWithoutProclitic(_:)``), or nil.
    ///
    /// ``terms(in:)`` does not include it. An index that wants ب/ل/ك/ف-insensitive search stores it at the same
    /// position as ``term(for:)`` and expands queries the same way; the ``Highlighter`` already matches on it.
    /// Never a stopword.
    public static func alternativeTerm(for token: ArabicToken) -> String? {
        guard token.kind == .arabic, !ArabicStopwords.contains(token.normalized),
            let alternative = LightStemmer.stemWithoutProclitic(token.normalized),
            !ArabicStopwords.contains(alternative)
        else {
            return nil
        }
        return alternative
    }

    /// ``term(for:)`` and ``alternativeTerm(for:)`` together, stemming the word once: for
    /// indexes that store both for every word of an archive.
    public static func terms(for token: ArabicToken) -> (term: String, alternative: String?)? {
        guard let term = term(for: token) else { return nil }
        guard token.kind == .arabic,
            let alternative = LightStemmer.stemWithoutProclitic(token.normalized, stem: term),
            !ArabicStopwords.contains(alternative)
        else { return (term, nil) }
        return (term, alternative)
    }
}
