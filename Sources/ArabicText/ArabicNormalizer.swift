/// Folds Arabic text to its search normal form, so that every way a newsroom or a reader may write a word finds
/// the same word.
///
/// Writers vocalise some words and not others, stretch headlines with tatweel, type أ or ا as it comes, end words in
/// ة or ه and ى or ي, paste presentation forms out of PDFs and Persian letters out of other keyboards. Search
/// (the FTS index and the query alike) sees all of these as one spelling. The fold, scalar by scalar:
///
/// - harakat, shadda, sukun, superscript (dagger) alef U+0670, Quranic marks U+06D6–U+06ED and tatweel: removed;
/// - alef forms أ إ آ ٱ → ا; ؤ → و; ئ → ي; ى → ي; ة → ه;
/// - the standalone hamza ء is **kept**: it is a letter of the word (ماء، سماء، جزء), and dropping it would turn
///   ماء into the particle ما;
/// - Persian and Urdu forms: ی → ي, ک → ك, ۀ ہ ھ → ه;
/// - presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE) → base letters, lam-alef ligatures ﻻ ﻷ ﻹ ﻵ → لا;
/// - Arabic-Indic and Persian digits → ASCII digits; the Arabic decimal and thousands separators ٫ ٬ → . and ,;
/// - zero-width and directional characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2069, U+061C, U+FEFF, the soft
///   hyphen) removed;
/// - ASCII and Latin-1 capitals lower-cased (À–Þ → à–þ).
///
/// Everything else (spaces, punctuation, other scripts) passes through unchanged, so the fold never splits or joins
/// words: use ``ArabicTokenizer`` for that.
public enum ArabicNormalizer {
    /// Returns `text` in search normal form.
    ///
    /// Use it on anything compared for search: document text, queries, stopword lists. It is idempotent
    /// (`normalize(normalize(x)) == normalize(x)`), pure and cheap on text that is already normal: such text is
    /// returned without copying.
    ///
    /// - Complexity: O(n) in the number of scalars, one pass, one allocation at most.
    public static func normalize(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, isAlreadyNormal(scalars[index]) {
            index = scalars.index(after: index)
        }
        if index == scalars.endIndex {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        bytes.append(contentsOf: text.utf8[..<index])
        while index < scalars.endIndex {
            appendSearchForm(of: scalars[index], to: &bytes)
            index = scalars.index(after: index)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the search form of one scalar (zero, one or several scalars) as UTF-8.
    ///
    /// The tokenizer calls this for each scalar of a word, so a token's `normalized` text is exactly
    /// `normalize(token.text)`.
    static func appendSearchForm(of scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0x41...0x5A:
            bytes.append(UInt8(truncatingIfNeeded: value + 0x20))
        case 0x00...0x7F:
            bytes.append(UInt8(truncatingIfNeeded: value))
        case 0xC0...0xD6, 0xD8...0xDE:
            bytes.appendUTF8(Unicode.Scalar(UInt8(truncatingIfNeeded: value + 0x20)))
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675:
            bytes.appendUTF8(ArabicScalars.alef)
        case 0x0624, 0x0676:
            bytes.appendUTF8(ArabicScalars.waw)
        case 0x0626, 0x0649, 0x0678, 0x06CC, 0x06D2, 0x06D3:
            bytes.appendUTF8(ArabicScalars.yeh)
        case 0x0629, 0x06BE, 0x06C0, 0x06C1, 0x06C2, 0x06C3:
            bytes.appendUTF8(ArabicScalars.heh)
        case 0x06A9, 0x06AA:
            bytes.appendUTF8(ArabicScalars.kaf)
        case 0x0660...0x0669:
            bytes.append(UInt8(truncatingIfNeeded: value - 0x0660 + 0x30))
        case 0x06F0...0x06F9:
            bytes.append(UInt8(truncatingIfNeeded: value - 0x06F0 + 0x30))
        case 0x066B:
            bytes.append(0x2E)
        case 0x066C:
            bytes.append(0x2C)
        case 0x06D6...0x06ED, 0x200B:
            // All Quranic annotation signs go, including the few that are symbols rather than marks.
            return
        case 0xFB50...0xFDFF, 0xFE70...0xFEFE:
            let packed = PresentationForms.packedLetters(for: value)
            if packed == PresentationForms.notALetter {
                bytes.appendUTF8(scalar)
            } else {
                // The letters inside a form still need folding: ﻷ holds أ, which becomes ا.
                PresentationForms.forEachLetter(in: packed) { appendSearchForm(of: $0, to: &bytes) }
            }
        default:
            if ArabicScalars.isArabicMark(value) || ArabicScalars.isInvisibleFormat(value) {
                return
            }
            bytes.appendUTF8(scalar)
        }
    }

    /// True for the scalars that are common in text and already in search form: lets ``normalize(_:)`` return
    /// normal text without copying it. False is always safe; it only sends the scalar down the folding path.
    static func isAlreadyNormal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A: false
        case 0x00...0x7F: true
        case 0x0621, 0x0627, 0x0628, 0x062A...0x063A, 0x0641...0x0648, 0x064A: true
        case 0x00A0, 0x00AB, 0x00BB, 0x060C, 0x061B, 0x061F, 0x2013, 0x2014, 0x2018...0x201D, 0x2026: true
        default: false
        }
    }
}
