/// One word or number found in a text, with where it sits in the original so search hits can be shown in place.
///
/// `text` is the word exactly as written (harakat, tatweel and joiners included); `normalized` is its search form
/// (see ``ArabicNormalizer``); `range` points into the string that was tokenised, so a highlighter can mark the
/// vocalised original. Ranges fall on Unicode scalar boundaries: slice with `text.unicodeScalars[range]` and convert
/// to byte offsets with `text.utf8.distance(from:to:)`.
public struct ArabicToken: Sendable, Hashable {
    /// What a token is made of; decides how it is analysed (only Arabic words are stemmed).
    public enum Kind: Sendable, Hashable {
        /// Arabic letters (any Arabic-script letters, including Persian and Urdu ones and presentation forms).
        case arabic
        /// Letters of any other script, Latin in practice, possibly with digits: `C5`, `G20`, `5G`.
        case latin
        /// A number: digits in any of the three digit sets, with inner decimal or grouping separators (25.5, ٢٥٫٥,
        /// 1,000). Its `normalized` form has ASCII digits, "." as the decimal point and no grouping.
        case number
    }

    /// The token as written in the original text.
    public let text: String
    /// The search form of the token: folded by ``ArabicNormalizer``; for numbers, ASCII digits without grouping.
    public let normalized: String
    /// Where `text` sits in the original string.
    public let range: Range<String.Index>
    /// Whether the token is an Arabic word, another word, or a number.
    public let kind: Kind

    /// Makes a token. The tokenizer is the usual source; tests and adapters may build their own.
    public init(text: String, normalized: String, range: Range<String.Index>, kind: Kind) {
        self.text = text
        self.normalized = normalized
        self.range = range
        self.kind = kind
    }
}
