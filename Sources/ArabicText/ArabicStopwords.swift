/// Function words that carry no search meaning: prepositions, particles, pronouns, demonstratives and relatives,
/// with their most common attached forms (وفي، ومن، عليه، منها), and a few English ones for mixed text.
///
/// Dropping them keeps the index small and stops a query such as «في البيت الأبيض» from matching every article
/// that contains في. The list is our own, written in search form (أن is ان, إلى is الي, على is علي, هؤلاء is
/// هولاء). Words that are also common content words are left out on purpose: ام (mother), امام (imam), عده.
/// One known cost: the name علي is written like the preposition على and is dropped with it.
public enum ArabicStopwords {
    /// True when `normalizedWord` (already in ``ArabicNormalizer`` form, one word) is a function word.
    ///
    /// Only exact forms match: a word is never stripped of clitics or stemmed first.
    public static func contains(_ normalizedWord: String) -> Bool {
        // A String's hash normalises non-ASCII text before hashing, which made this test a
        // tenth of an import; the fingerprint of the raw bytes turns away nearly every word.
        fingerprints.contains(fingerprint(of: normalizedWord)) && words.contains(normalizedWord)
    }

    private static let fingerprints = Set(words.map(fingerprint(of:)))

    /// FNV-1a over the word's UTF-8 bytes: the words are already in one normal form.
    private static func fingerprint(of word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static let words: Set<String> = [
        // Prepositions and adverbs of place and time.
        "في", "من", "علي", "الي", "عن", "مع", "منذ", "حتي", "خلال", "بين", "عند", "لدي", "نحو", "حول", "ضد",
        "عبر", "دون", "قبل", "بعد", "تحت", "فوق", "الان", "حين", "حيث", "اثناء",
        // Conjunctions and particles.
        "و", "ف", "ثم", "او", "بل", "لكن", "ولكن", "لان", "اذا", "اذ", "اما", "كما", "بينما", "عندما", "كي", "لكي",
        "لو", "لولا", "ان", "انه", "انها", "بان", "بانه", "لانه", "وانه", "فان", "وان", "الا", "يا", "قد", "لقد",
        "سوف", "هل", "لا", "لم", "لن", "ليس", "ليست", "غير", "ايضا", "فقط", "مثل", "كل", "بعض", "جميع", "اي",
        // Demonstratives and relatives.
        "هذا", "هذه", "ذلك", "تلك", "هولاء", "اوليك", "هناك", "هنا", "هكذا", "كذلك", "الذي", "التي", "الذين",
        "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي",
        // Interrogatives.
        "ما", "ماذا", "لماذا", "كيف", "اين", "متي", "كم",
        // Auxiliaries common in news prose.
        "كان", "كانت", "كانوا", "يكون", "تكون", "تم", "يتم",
        // Pronouns, alone and attached to prepositions.
        "هو", "هي", "هم", "هن", "هما", "انا", "نحن", "انت", "انتم", "له", "لها", "لهم", "لهما", "لي", "لنا", "لك",
        "لكم", "به", "بها", "بهم", "فيه", "فيها", "فيهم", "منه", "منها", "منهم", "عليه", "عليها", "عليهم", "اليه",
        "اليها", "اليهم", "عنه", "عنها", "عنهم", "معه", "معها", "معهم",
        // The conjunction و or ف fused to a function word.
        "وفي", "ومن", "وعلي", "والي", "وعن", "ومع", "وقد", "فقد", "ولا", "ولم", "ولن", "وما", "وهو", "وهي", "وهم",
        "وكان", "وكانت", "والتي", "والذي", "والذين", "وهذا", "وهذه", "وذلك", "وبين", "وبعد", "وقبل", "ومنذ",
        "وكل", "وحتي",
        // English.
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of",
        "on", "or", "that", "the", "this", "to", "was", "were", "will", "with", "not",
    ]
}
