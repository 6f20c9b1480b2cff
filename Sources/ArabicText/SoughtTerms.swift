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

    /// Whether `token` has one of the terms, as ``ArabicAnalyzer`` analyses it.
    func matches(_ token: ArabicToken) -> Bool {
        var normalized = token.normalized
        guard normalized.withUTF8(mayMatch) else { return false }
        return hasTerm(token)
    }

    /// Whether the token at `span` has one of the terms; its strings are made only when it may.
    func matches(_ span: TokenSpan) -> Bool {
        mayMatch(span.normalized) && hasTerm(span.token())
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
                let first = terms[start]
                for position in 0...(word.count - length) where word[position] == first {
                    var matched = 1
                    while matched < length, word[position + matched] == terms[start + matched] { matched += 1 }
                    if matched == length { return true }
                }
            }
            return false
        }
    }
}
