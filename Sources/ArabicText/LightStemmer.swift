/// Reduces an Arabic word to a light stem, so that search finds والكتاب for كتاب and اللبنانيين for لبنان.
///
/// A light stemmer removes clitics and common endings and never tries to find the root: it is fast and its
/// mistakes are cheap, because the same rules run over documents and queries alike. Our rules, on a word already
/// in search form (``ArabicNormalizer``: no harakat, ة written ه, ى written ي, hamza seats folded):
///
/// 1. **Article.** One of وبال وكال فبال فكال وال فال بال كال ولل فلل لل ال is removed, longest first, when at
///    least three letters remain; then a bare ال again while three letters remain (normalisation writes أل as ال,
///    so ألعاب and الألعاب both end at عاب).
/// 2. **Endings**, repeated while they apply and at least three letters remain, longest first:
///    هما كما يين يون يات ات ون ين يه ها هم هن كم كن نا ه ي ا. When a pronoun ending (ه ها هم هن هما كم كن كما نا)
///    leaves a final ت with four or more letters, that ت was a ة and goes too (حكومته → حكوم, like حكومه).
///    The dual ان is deliberately absent: far more news words end in ان than are duals (لبنان، بيان، برلمان، إيران).
/// 3. **Conjunction و.** A leading و is removed while at least three letters remain, unless the word stemmed with
///    its و is one of our و-words (وزير، وزارة، وقت، واشنطن …). This runs after the article too, so الوزير,
///    وزيرها and ووزير all stem like وزير, and الوكالة like وكالة.
///
/// A bare ب ك ل ف is never removed: too many common nouns start with one (بلد، كتاب، لبنان، فيل).
/// ``stemWithoutProclitic(_:)`` offers that reading as a second stem for the index. Words of fewer than four letters
/// are returned unchanged, and so is الله.
public enum LightStemmer {
    /// The light stem of `normalizedWord`.
    ///
    /// Deterministic and pure. Stems are never shorter than three letters unless the word was. Stemming a stem again
    /// usually returns it unchanged, but this is not guaranteed: index and query must both use the stem of the
    /// normalised word, never a stem of a stem. Non-Arabic words pass through unchanged.
    ///
    /// - Parameter normalizedWord: one word in ``ArabicNormalizer`` form, without spaces.
    public static func stem(_ normalizedWord: String) -> String {
        var word = normalizedWord
        return word.withUTF8 { bytes in
            guard let bounds = stemBounds(in: bytes) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds]), as: UTF8.self)
        } ?? normalizedWord
    }

    /// The stem `normalizedWord` would have if its leading ب, ل, ك or ف (after an optional و or ف) were a clitic;
    /// nil when it does not start that way, when fewer than three letters would remain, or when the result is
    /// ``stem(_:)`` anyway.
    ///
    /// ``stem(_:)`` never removes these letters alone, so that بلد and كتاب stay whole. This second stem lets search
    /// still meet بقيمة with قيمة and لمصر with مصر: index it beside the main stem (an FTS5 colocated token, a second
    /// lexeme at the same position) on both the document and the query side. Examples: بقيمه → قيم, وبقيمه → قيم,
    /// للبنان → لبنان (where the main stem read لل as ل+ال), لمصر → مصر, كتاب → تاب.
    public static func stemWithoutProclitic(_ normalizedWord: String) -> String? {
        stemWithoutProclitic(normalizedWord, stem: stem(normalizedWord))
    }

    /// ``stemWithoutProclitic(_:)`` for a word whose stem the caller already has.
    static func stemWithoutProclitic(_ normalizedWord: String, stem wordStem: String) -> String? {
        var scalars = normalizedWord.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return nil }
        let second = scalars.next()
        var start = 0
        if let second, first == conjunctionWaw || first == conjunctionFeh, prepositions.contains(second) {
            start = 1
        }
        let proclitic = start == 0 ? first : second
        guard let proclitic, prepositions.contains(proclitic) || proclitic == conjunctionFeh else { return nil }
        let rest = normalizedWord.unicodeScalars.dropFirst(start + 1)
        guard rest.count >= minimumStem else { return nil }
        let alternative = stem(String(String.UnicodeScalarView(rest)))
        return alternative == wordStem ? nil : alternative
    }

    private static let conjunctionWaw: Unicode.Scalar = "\u{0648}"
    private static let conjunctionFeh: Unicode.Scalar = "\u{0641}"
    /// ب ل ك: the prepositions that attach to the next word.
    private static let prepositions: Set<Unicode.Scalar> = ["\u{0628}", "\u{0644}", "\u{0643}"]

    /// Fewest letters a stem keeps; below this a stripped word is more often a different word than a stem.
    private static let minimumStem = 3

    /// The byte range of the stem inside the UTF-8 `bytes` of a word, or nil when the word is its own stem.
    ///
    /// Works on bytes because it runs once per word of the whole archive. Every affix is made of two-byte Arabic
    /// letters and UTF-8 is self-synchronising, so a byte match is a letter match; lengths are counted in letters.
    private static func stemBounds(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var letters = bytes.count { $0 & 0xC0 != 0x80 }
        guard letters >= 4, !bytes.elementsEqual(allah) else { return nil }
        var low = 0
        for prefix in articlePrefixes where letters - prefix.letters >= minimumStem && prefix.matchesStart(of: bytes) {
            low = prefix.bytes.count
            letters -= prefix.letters
            break
        }
        while letters - bareArticle.letters >= minimumStem && bareArticle.matchesStart(of: bytes, at: low) {
            low += bareArticle.bytes.count
            letters -= bareArticle.letters
        }
        while true {
            let high = endAfterRemovingSuffixes(bytes, low: low, letters: letters)
            if letters - 1 >= minimumStem, waw.matchesStart(of: bytes, at: low),
                !wawWords.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self))
            {
                low += waw.bytes.count
                letters -= 1
                continue
            }
            return low == 0 && high == bytes.count ? nil : low..<high
        }
    }

    /// Where the word starting at `low` ends once rule 2 has removed its endings.
    private static func endAfterRemovingSuffixes(_ bytes: UnsafeBufferPointer<UInt8>, low: Int, letters: Int) -> Int {
        var high = bytes.count
        var letters = letters
        var afterPronoun = false
        stripping: while true {
            for suffix in suffixes
            where letters - suffix.affix.letters >= minimumStem && suffix.affix.matchesEnd(of: bytes, at: high) {
                high -= suffix.affix.bytes.count
                letters -= suffix.affix.letters
                afterPronoun = suffix.isPronoun
                continue stripping
            }
            if afterPronoun, letters - 1 >= minimumStem, teh.matchesEnd(of: bytes, at: high) {
                high -= teh.bytes.count
                letters -= 1
                afterPronoun = false
                continue
            }
            return high
        }
    }

    private static let allah = Array("الله".utf8)
    private static let waw = Affix("و")
    private static let teh = Affix("ت")
    private static let bareArticle = Affix("ال")

    /// Proclitic groups that end in the article, longest first so وال wins over ال.
    private static let articlePrefixes: [Affix] = [
        "وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال",
    ].map(Affix.init)

    /// Endings, longest first so يين wins over ين. Pronoun endings may hide a ة written as ت.
    private static let suffixes: [Suffix] = [
        Suffix("هما", isPronoun: true), Suffix("كما", isPronoun: true), Suffix("يين"), Suffix("يون"), Suffix("يات"),
        Suffix("ات"), Suffix("ون"), Suffix("ين"), Suffix("يه"), Suffix("ها", isPronoun: true),
        Suffix("هم", isPronoun: true), Suffix("هن", isPronoun: true), Suffix("كم", isPronoun: true),
        Suffix("كن", isPronoun: true), Suffix("نا", isPronoun: true), Suffix("ه", isPronoun: true), Suffix("ي"),
        Suffix("ا"),
    ]

    /// Stems (after rule 2) of common words whose first letter is a و of the word itself, not the conjunction.
    /// Our own list, from the vocabulary of news: ministries, time, place, agencies.
    private static let wawWords: Set<String> = [
        "وزير", "وزار", "وزراء", "وقت", "وضع", "وطن", "ولد", "وجه", "وحد", "وحيد", "وفد", "وفود", "وسط", "وزن",
        "وعد", "وقف", "وصف", "وصل", "وقع", "وكال", "وكيل", "واشنطن", "وثيق", "وثايق", "وسيل", "وسايل", "وجود",
        "وصول", "وفق", "وفا", "ولا", "ورق", "وظيف", "واد", "واقع", "واحد", "وراء", "وقود", "وعي", "وداع", "ورد",
    ]
}

/// A run of letters the stemmer may remove from either end of a word, as UTF-8 bytes.
private struct Affix {
    let bytes: [UInt8]
    let letters: Int

    init(_ text: String) {
        self.bytes = Array(text.utf8)
        self.letters = text.unicodeScalars.count
    }

    func matchesStart(of word: UnsafeBufferPointer<UInt8>, at start: Int = 0) -> Bool {
        guard word.count - start >= bytes.count else { return false }
        for offset in bytes.indices where word[start + offset] != bytes[offset] {
            return false
        }
        return true
    }

    func matchesEnd(of word: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end >= bytes.count else { return false }
        let start = end - bytes.count
        for offset in bytes.indices where word[start + offset] != bytes[offset] {
            return false
        }
        return true
    }
}

/// One ending the stemmer may remove, and whether it is an attached pronoun.
private struct Suffix {
    let affix: Affix
    let isPronoun: Bool

    init(_ text: String, isPronoun: Bool = false) {
        self.affix = Affix(text)
        self.isPronoun = isPronoun
    }
}
