/// The terms a highlighter looks for, with a cheap first test for each word of a text.
///
/// Every term of a word (its light stem, its stem without a proclitic, a number or a Latin
/// word as normalised) is a run of bytes of the word's normalised form: the stemmer only cuts
/// letters from the ends. So a word none of whose bytes runs contain a sought term cannot
/// match, and most words of an article are turned away without being stemmed.
struct SoughtTerms {
    let terms: Set<String>
    private let termBytes: [[UInt8]]

    init(_ terms: Set<String>) {
        self.terms = terms
        termBytes = terms.map { Array($0.utf8) }.filter { !$0.isEmpty }
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

    private func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        termBytes.contains { term in
            guard term.count <= bytes.count else { return false }
            return (0...(bytes.count - term.count)).contains { start in
                bytes[start] == term[0] && term.indices.allSatisfy { bytes[start + $0] == term[$0] }
            }
        }
    }
}
