import ArabicText

/// The analysed form of text that both backends index: for every word that is not a
/// stopword, its light stem, the stem without a single ب ل ك ف proclitic when it may carry one,
/// and its normalised surface form marked with a leading `ى`. Normalisation turns every ى
/// into ي, so the mark can never be part of a real word.
///
/// A query asks for each word's stem, alternative or surface form (`SearchQuery`): the stem
/// finds other forms of a word, and the surface form lets ranking put the spelling the reader
/// typed (up to harakat, hamza seats and the like) above matches made only through the stem.
/// Bodies are indexed without surface forms: they were half of all index terms, so leaving
/// them out halves indexing time, and the evaluation showed no loss (docs/SEARCH.md).
public enum SearchText {
    /// Marks a surface form, so it never meets a stem.
    package static let surfaceMark = "ى"

    /// The index text of `text`: space-separated terms, in document order, with or without
    /// each word's surface form.
    public static func indexed(_ text: String, surfaceForms: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count * 2)
        for token in ArabicTokenizer.tokens(in: text) {
            forEachTerm(of: token, surfaceForm: surfaceForms) { term in
                if !out.isEmpty { out.append(" ") }
                out.append(term)
            }
        }
        return out
    }

    /// The index terms of one word: nothing for a stopword.
    package static func terms(of token: ArabicToken) -> [String] {
        var terms: [String] = []
        forEachTerm(of: token, surfaceForm: true) { terms.append($0) }
        return terms
    }

    private static func forEachTerm(of token: ArabicToken, surfaceForm: Bool, _ body: (String) -> Void) {
        guard let (stem, alternative) = ArabicAnalyzer.terms(for: token) else { return }
        body(stem)
        if let alternative, alternative != stem { body(alternative) }
        if surfaceForm, token.kind != .number { body(surfaceMark + token.normalized) }
    }
}
