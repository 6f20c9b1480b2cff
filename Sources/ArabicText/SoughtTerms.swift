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
    /// One bit for each two-byte pair that starts a term (see `pairKey`): most positions of a
    /// word are turned away by one lookup, where comparing them with each term's first bytes in
    /// turn took a sixth of a snippet's time. Empty when a term is a single byte, and then
    /// every position is compared.
    private let startingPairs: [UInt64]

    init(_ terms: Set<String>) {
        self.terms = terms
        let nonEmpty = terms.filter { !$0.isEmpty }
        termBytes = nonEmpty.flatMap(\.utf8)
        var end = 0
        termEnds = nonEmpty.map { term in
            end += term.utf8.count
            return end
        }
        var pairs: [UInt64] = []
        if !nonEmpty.contains(where: { $0.utf8.count < 2 }) {
            pairs = Array(repeating: 0, count: 1 << 6)
            for term in nonEmpty {
                let utf8 = Array(term.utf8)
                let key = Self.pairKey(utf8[0], utf8[1])
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        startingPairs = pairs
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
            startingPairs.withUnsafeBufferPointer { pairs in
                guard !pairs.isEmpty else {
                    return (0..<word.count).contains { termStarts(at: $0, in: word, terms: terms) }
                }
                guard word.count >= 2 else { return false }
                for position in 0..<(word.count - 1) {
                    let key = Self.pairKey(word[position], word[position + 1])
                    if pairs[key >> 6] & (1 << UInt64(key & 63)) != 0, termStarts(at: position, in: word, terms: terms)
                    {
                        return true
                    }
                }
                return false
            }
        }
    }

    /// A pair of bytes as one of 4,096 keys: the low four bits of the first and all of the
    /// second. An Arabic letter (lead byte D8–DB) gets a key of its own; other pairs may share
    /// one, which only lets a few more positions through to the full comparison. A highlighter
    /// builds these bits for every text it marks, so they are kept to 512 bytes.
    @inline(__always)
    private static func pairKey(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x0F) << 8 | Int(second)
    }

    /// Whether one of the terms (`terms` is `termBytes`) starts at `position` of `word`.
    @inline(__always)
    private func termStarts(at position: Int, in word: UnsafeBufferPointer<UInt8>, terms: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        var start = 0
        for end in termEnds {
            defer { start = end }
            guard position + end - start <= word.count else { continue }
            var matched = 0
            while start + matched < end, word[position + matched] == terms[start + matched] { matched += 1 }
            if start + matched == end { return true }
        }
        return false
    }
}
