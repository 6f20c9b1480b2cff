/// Builds and checks the readable part of article URLs (`/world/1042/قمة-c5-1-في-البيت-الأبيض`) and section paths.
///
/// Arabic readers share links whose words they can read, so article slugs keep Arabic letters as written (hamza
/// seats, ة and ى included; only invisible marks go). Everything else becomes URL-safe: Latin lower-cased to a–z
/// (Latin-1 accents transliterated: é → e, ß → ss), digits of every set to 0–9, any other character a word break.
public enum Slug {
    /// The longest slug ``isValid(_:)`` accepts, in Unicode scalars; ``make(from:maxLength:)`` never exceeds it.
    public static let maximumLength = 120

    /// A slug for `text`, usually a headline: its words joined with single hyphens.
    ///
    /// Harakat, tatweel, Quranic marks and zero-width characters are removed without breaking the word, and
    /// presentation forms become their letters (ﻷ → لأ). Punctuation, spaces and symbols break words; a change
    /// between Arabic letters and Latin letters or digits also breaks (قمةC5 → قمة-c5, بـ25 → ب-25); apostrophes
    /// inside a word vanish (don't → dont). If longer than `maxLength` scalars (capped at ``maximumLength``), the
    /// slug is cut after the last whole word that fits, or inside the first word if even that does not fit.
    ///
    /// The result always satisfies ``isValid(_:)`` or is empty. It is **empty** when `text` has no letter or digit
    /// (or `maxLength` < 1): the caller chooses the fallback (the article id, say), since only it knows one that is
    /// unique and stable.
    public static func make(from text: String, maxLength: Int = 80) -> String {
        let limit = min(maxLength, maximumLength)
        guard limit > 0 else { return "" }
        var builder = SlugBuilder()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if let digit = ArabicScalars.digitValue(value) {
                builder.append(asciiScalar(0x30 + digit), script: .latinOrDigit)
                continue
            }
            switch value {
            case 0x41...0x5A:
                builder.append(asciiScalar(value + 0x20), script: .latinOrDigit)
            case 0x61...0x7A:
                builder.append(scalar, script: .latinOrDigit)
            case 0x27, 0x2019, 0x02BC:
                continue
            case 0xC0...0xFF:
                if let ascii = latin1Transliteration(value) {
                    for letter in ascii.unicodeScalars {
                        builder.append(letter, script: .latinOrDigit)
                    }
                } else {
                    builder.breakWord()
                }
            case 0xFB50...0xFDFF, 0xFE70...0xFEFE:
                let packed = PresentationForms.packedLetters(for: value)
                switch packed {
                case PresentationForms.notALetter: builder.breakWord()
                case PresentationForms.markOnly: continue
                default: PresentationForms.forEachLetter(in: packed) { builder.append($0, script: .arabic) }
                }
            default:
                switch ArabicScalars.role(of: scalar) {
                case .arabicLetter: builder.append(scalar, script: .arabic)
                case .inWordMark: continue
                case .otherLetter, .digit, .wordBreak: builder.breakWord()
                }
            }
        }
        return builder.slug(maxLength: limit)
    }

    /// True when `slug` is a well-formed article slug: non-empty, at most ``maximumLength`` scalars, only Arabic
    /// letters, a–z and 0–9 in words joined by single hyphens, no hyphen at either end.
    ///
    /// Use it to validate a slug an editor typed by hand; anything ``make(from:maxLength:)`` returns passes.
    public static func isValid(_ slug: String) -> Bool {
        isWellFormed(slug) { value in
            (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || ArabicScalars.isArabicLetter(value)
        }
    }

    /// True when `slug` is a well-formed ASCII slug, as section paths are (`world`, `middle-east`): like
    /// ``isValid(_:)`` but only a–z and 0–9 in its words.
    public static func isValidASCII(_ slug: String) -> Bool {
        isWellFormed(slug) { value in
            (0x61...0x7A).contains(value) || (0x30...0x39).contains(value)
        }
    }

    private static func isWellFormed(_ slug: String, allowing isAllowed: (UInt32) -> Bool) -> Bool {
        var count = 0
        var previousWasHyphen = true
        for scalar in slug.unicodeScalars {
            count += 1
            guard count <= maximumLength else { return false }
            if scalar == "-" {
                guard !previousWasHyphen else { return false }
                previousWasHyphen = true
            } else {
                guard isAllowed(scalar.value) else { return false }
                previousWasHyphen = false
            }
        }
        return count > 0 && !previousWasHyphen
    }

    private static func asciiScalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(truncatingIfNeeded: value))
    }

    /// Latin-1 letters spelled in a–z the way an English-language URL would; nil for × and ÷.
    private static func latin1Transliteration(_ value: UInt32) -> String? {
        switch value {
        case 0xC0...0xC5, 0xE0...0xE5: "a"
        case 0xC6, 0xE6: "ae"
        case 0xC7, 0xE7: "c"
        case 0xC8...0xCB, 0xE8...0xEB: "e"
        case 0xCC...0xCF, 0xEC...0xEF: "i"
        case 0xD0, 0xF0: "d"
        case 0xD1, 0xF1: "n"
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: "o"
        case 0xD9...0xDC, 0xF9...0xFC: "u"
        case 0xDD, 0xFD, 0xFF: "y"
        case 0xDE, 0xFE: "th"
        case 0xDF: "ss"
        default: nil
        }
    }
}

/// The slug being built: words of letters and digits, joined with single hyphens.
private struct SlugBuilder {
    enum Script {
        case arabic
        case latinOrDigit
    }

    private var scalars: [Unicode.Scalar] = []
    private var pendingBreak = false
    private var lastScript: Script?

    mutating func append(_ scalar: Unicode.Scalar, script: Script) {
        if !scalars.isEmpty, pendingBreak || script != lastScript {
            scalars.append("-")
        }
        scalars.append(scalar)
        pendingBreak = false
        lastScript = script
    }

    mutating func breakWord() {
        pendingBreak = true
    }

    func slug(maxLength: Int) -> String {
        var end = scalars.count
        if end > maxLength {
            end = maxLength
            if scalars[maxLength] != "-", let lastBreak = scalars[..<maxLength].lastIndex(of: "-") {
                end = lastBreak
            }
        }
        while end > 0, scalars[end - 1] == "-" {
            end -= 1
        }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}
