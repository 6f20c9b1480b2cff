import ArabicText

/// A headline, a body or a reader's query, through the Arabic text pipeline.
enum ArabicTextChecks {
    static func problems(for input: [UInt8]) -> [String] {
        let text = FuzzInput.text(input)
        var problems: [String] = []
        let normalized = ArabicNormalizer.normalize(text)
        if ArabicNormalizer.normalize(normalized) != normalized {
            problems.append("normalising twice changes the text")
        }
        for token in ArabicTokenizer.tokens(in: text) where String(text[token.range]) != token.text {
            problems.append("a token's text \(token.text.debugDescription) is not what its range holds")
        }
        let slug = Slug.make(from: text)
        if !slug.isEmpty && !Slug.isValid(slug) { problems.append("the slug \(slug.debugDescription) is not valid") }
        let terms = Set(ArabicAnalyzer.terms(in: text))
        // Marks from the private use area, taken out scalar by scalar: a mark can join the
        // character before it (after U+0600–U+0605, say), so comparing characters would not do.
        let isMark: (Unicode.Scalar) -> Bool = { $0 == "\u{E000}" || $0 == "\u{E001}" }
        if !text.unicodeScalars.contains(where: isMark) {
            let marked = Highlighter.highlight(text, terms: terms, open: "\u{E000}", close: "\u{E001}")
            if !marked.unicodeScalars.filter({ !isMark($0) }).elementsEqual(text.unicodeScalars) {
                problems.append("highlighting changes the text around its marks")
            }
        }
        _ = Highlighter.snippet(of: text, terms: terms, maxWords: 30)
        return problems
    }
}
