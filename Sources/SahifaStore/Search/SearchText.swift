import ArabicText

/// The analysed form of text that both backends index: for every word that is not a
/// stopword, its light stem, the stem without a single ب ل ك ف proclitic when it may carry one,
/// and its normalised surface form marked with a leading `ى`. Normalisation turns every ى
/// into ي, so the mark can never be part of a real word.
///
/// A query asks for each word's stem, alternative or surface form (`SearchQuery`): the stem
/// finds other forms of a word, and the surface form lets ranking put the spelling the reader
/// typed (up to harakat, hamza seats and the like) above matches made only through the stem.
public enum SearchText {
    /// Marks a surface form, so it never meets a stem.
    static let surfaceMark = "ى"

    /// The index text of `text`: space-separated terms, in document order.
    public static func indexed(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        for token in ArabicTokenizer.tokens(in: text) {
            for term in terms(of: token) {
                if !out.isEmpty { out.append(" ") }
                out.append(term)
            }
        }
        return out
    }

    /// The index terms of one word: nothing for a stopword.
    static func terms(of token: ArabicToken) -> [String] {
        guard let stem = ArabicAnalyzer.term(for: token) else { return [] }
        var terms = [stem]
        if let alternative = ArabicAnalyzer.alternativeTerm(for: token), alternative != stem {
            terms.append(alternative)
        }
        if token.kind != .number {
            terms.append(surfaceMark + token.normalized)
        }
        return terms
    }
}
