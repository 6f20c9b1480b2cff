/// The terms a highlighter looks for, with a cheap first test for each word of a text.
///
/// Every term of a word (its light stem, its stem without a proclitic, a number or a Latin
/// word as normalised) is a run of bytes of the word's normalised form: the stemmer only cuts
/// letters from the ends. So a word none of whose bytes runs contain a sought term cannot
/// match, and most words of an article are turned away without being stemmed.
struct SoughtTerms {
    let terms: Set<String>
    /// Every term's bytes, one after another, and where each ends: one flat buffer, so the
    /// test for each word of a text follows no references.
    private let termBytes: [UInt8]
    private let termEnds: [Int]

    init(_ terms: Set<String>) {
        self.terms = terms
        let nonEmpty = terms.filter { !$0.isEmpty }
        termBytes = nonEmpty.flatMap(\.utf8)
        var end = 0
        termEnds = nonEmpty.map { term in
            end += term.utf8.count
            return end
        }
    }

    /// Whether the token at `span` of `text` has one of the terms; its strings are made only when it may.
    func matches(_ span: TokenSpan, in text: String) -> Bool {
        mayMatch(span.normalized) && hasTerm(span.token(in: text))
    }

    private func hasTerm(_ token: ArabicToken) -> Bool {
        guard let term = ArabicAnalyzer.term(for: token) else { return false }
        if terms.contains(term) { return true }
        return ArabicAnalyzer.alternativeTerm(for: token).map(terms.contains) ?? false
    }

    private func mayMatch(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        termBytes.withUnsafeBufferPointer { terms in
            var start = 0
            for end in termEnds {
                defer { start = end }
                let length = end - start
                guard length <= word.count else { continue }
                // Terms are whole letters, and an Arabic letter is two bytes whose first is one of
                // four, so the first two bytes together turn away nearly every other position.
                let first = terms[start]
                let second = length > 1 ? terms[start + 1] : 0
                for position in 0...(word.count - length)
                where word[position] == first && (length == 1 || word[position + 1] == second) {
                    var matched = 2
                    while matched < length, word[position + matched] == terms[start + matched] { matched += 1 }
                    if matched >= length { return true }
                }
            }
            return false
        }
    }
}
