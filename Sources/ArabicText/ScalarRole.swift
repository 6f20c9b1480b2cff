/// What one Unicode scalar does to a word, as the tokenizer sees it.
enum ScalarRole {
    /// An Arabic letter, including presentation-form letters and ligatures.
    case arabicLetter
    /// A letter of any other script; Latin in practice.
    case otherLetter
    /// A decimal digit: ASCII, Arabic-Indic (٠–٩) or Persian (۰–۹).
    case digit
    /// Invisible inside a word: harakat, tatweel, Quranic marks, combining accents, joiners and bidi controls.
    /// It never starts or splits a word, and belongs to the word it follows.
    case inWordMark
    /// Anything that ends a word: spaces, punctuation (، ؛ ؟ « »), symbols, the zero-width space.
    case wordBreak
}
