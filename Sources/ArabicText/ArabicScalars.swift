/// The scalar-level facts that the normaliser, tokenizer and slug builder share, so all three agree on what is a
/// letter, a mark or a break.
enum ArabicScalars {
    static let alef: Unicode.Scalar = "\u{0627}"
    static let waw: Unicode.Scalar = "\u{0648}"
    static let yeh: Unicode.Scalar = "\u{064A}"
    static let heh: Unicode.Scalar = "\u{0647}"
    static let kaf: Unicode.Scalar = "\u{0643}"

    /// Base Arabic letters (not presentation forms): Arabic, Persian and Urdu letters and the Arabic Supplement
    /// and Extended-A letters. Tatweel (U+0640) is not a letter.
    static func isArabicLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0620...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
            0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x0870...0x0887, 0x0889...0x088E, 0x08A0...0x08C9:
            return true
        default:
            return false
        }
    }

    /// Marks written on or between Arabic letters that change neither the word nor its spelling for search:
    /// harakat and shadda, superscript alef, honorific and Quranic annotation marks, tatweel.
    static func isArabicMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x0610...0x061A, 0x0640, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED,
            0x0898...0x089F, 0x08CA...0x08E1, 0x08E3...0x08FF:
            return true
        default:
            return false
        }
    }

    /// Invisible formatting that can sit inside a word without splitting it: joiners, directional marks and
    /// isolates, the byte-order mark, the soft hyphen and the word joiner. The zero-width *space* is not here: it
    /// marks a word boundary.
    static func isInvisibleFormat(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x061C, 0x200C...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// The value 0–9 of a decimal digit in ASCII, Arabic-Indic or Persian form; nil for anything else.
    static func digitValue(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x0660...0x0669: return value - 0x0660
        case 0x06F0...0x06F9: return value - 0x06F0
        default: return nil
        }
    }

    /// How the tokenizer treats `scalar`. ASCII and the Arabic block are decided by table; only scalars of other
    /// scripts pay for a Unicode property lookup.
    static func role(of scalar: Unicode.Scalar) -> ScalarRole {
        let value = scalar.value
        switch value {
        case 0x0621...0x063A, 0x0641...0x064A:
            // The common letters first: most scalars of Arabic text are one of these.
            return .arabicLetter
        case 0x20:
            return .wordBreak
        case 0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9:
            return .digit
        case 0x41...0x5A, 0x61...0x7A:
            return .otherLetter
        case 0x00...0x7F:
            return .wordBreak
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F:
            return .otherLetter
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF:
            if isArabicLetter(value) { return .arabicLetter }
            if isArabicMark(value) || value == 0x061C { return .inWordMark }
            return .wordBreak
        case 0xFB50...0xFDFF, 0xFE70...0xFEFE:
            switch PresentationForms.packedLetters(for: value) {
            case PresentationForms.notALetter: return .wordBreak
            case PresentationForms.markOnly: return .inWordMark
            default: return .arabicLetter
            }
        default:
            if isInvisibleFormat(value) { return .inWordMark }
            if value == 0x200B || (0x2000...0x206F).contains(value) || value < 0xC0 { return .wordBreak }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return .inWordMark
            default:
                return properties.isAlphabetic ? .otherLetter : .wordBreak
            }
        }
    }
}
