import Testing

@testable import ArabicText

@Suite("Arabic search normal form")
struct ArabicNormalizerTests {
    @Test(
        "every spelling of a word folds to one search form",
        arguments: [
            ("الْمَدْرَسَةُ", "المدرسه"),  // harakat
            ("مـــدرسة", "مدرسه"),  // tatweel
            ("أحمد إبراهيم آمن ٱلرحمن", "احمد ابراهيم امن الرحمن"),  // alef forms
            ("مسؤول رئيس", "مسوول رييس"),  // hamza on waw and yeh
            ("مستشفى", "مستشفي"),  // alef maqsura
            ("مدينة", "مدينه"),  // teh marbuta
            ("هٰذا الرَّحْمٰنِ", "هذا الرحمن"),  // superscript alef and shadda
            ("فِيهِۚ هُدًى", "فيه هدي"),  // Quranic pause mark and tanween
            ("فارسی کتاب", "فارسي كتاب"),  // Persian yeh and keheh
        ]
    )
    func foldsSpellings(input: String, expected: String) {
        #expect(ArabicNormalizer.normalize(input) == expected)
    }

    @Test("the standalone hamza stays, so ماء does not become the particle ما")
    func keepsHamza() {
        #expect(ArabicNormalizer.normalize("ماءٌ وسماءٌ وجزء") == "ماء وسماء وجزء")
    }

    @Test(
        "Arabic-Indic and Persian digits become ASCII digits",
        arguments: [
            ("٢٠٢٥", "2025"),
            ("۱۴۰۴", "1404"),
            ("٢٥٫٥", "25.5"),
            ("١٠٬٠٠٠", "10,000"),
        ]
    )
    func foldsDigits(input: String, expected: String) {
        #expect(ArabicNormalizer.normalize(input) == expected)
    }

    @Test(
        "presentation forms from PDFs become base letters",
        arguments: [
            ("\u{FEE3}\u{FEAA}\u{FEAD}\u{FEB3}\u{FE94}", "مدرسه"),  // ﻣﺪﺭﺳﺔ
            ("\u{FEFB}", "لا"),  // ﻻ
            ("\u{FEF7}", "لا"),  // ﻷ
            ("\u{FEF9}", "لا"),  // ﻹ
            ("\u{FEF5}", "لا"),  // ﻵ
            ("\u{FEFC}", "لا"),  // ﻼ final
            ("\u{FDF2}", "الله"),  // ﷲ
            ("\u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA}", "الله"),  // ﺍﻟﻠﻪ
            ("\u{FE87}\u{FEE3}\u{FE8E}\u{FEE1}", "امام"),  // ﺇﻣﺎﻡ
        ]
    )
    func foldsPresentationForms(input: String, expected: String) {
        #expect(ArabicNormalizer.normalize(input) == expected)
    }

    @Test("zero-width and directional characters vanish from inside and around words")
    func removesInvisibleCharacters() {
        #expect(ArabicNormalizer.normalize("مد\u{200C}رسة") == "مدرسه")
        #expect(ArabicNormalizer.normalize("مد\u{200D}رسة") == "مدرسه")
        #expect(ArabicNormalizer.normalize("\u{200F}خبر\u{200E}") == "خبر")
        #expect(ArabicNormalizer.normalize("\u{FEFF}\u{202B}عاجل\u{202C}") == "عاجل")
        #expect(ArabicNormalizer.normalize("\u{2067}خبر\u{2069}\u{061C}") == "خبر")
    }

    @Test("Latin capitals are lower-cased, Latin-1 accents kept")
    func lowercasesLatin() {
        #expect(ArabicNormalizer.normalize("BBC News ÉTÉ Ñandú") == "bbc news été ñandú")
    }

    @Test("spaces and punctuation pass through, so the fold never joins or splits words")
    func keepsPunctuation() {
        #expect(ArabicNormalizer.normalize("قال: «نعم»، ثم؟") == "قال: «نعم»، ثم؟")
    }

    @Test("normal text comes back unchanged and folding twice changes nothing")
    func isIdempotent() {
        #expect(ArabicNormalizer.normalize("المدرسه الجديده") == "المدرسه الجديده")
        #expect(ArabicNormalizer.normalize("plain ascii text") == "plain ascii text")
        #expect(ArabicNormalizer.normalize(ArabicNormalizer.normalize("إِلَى الْمَدِينَةِ")) == "الي المدينه")
        #expect(ArabicNormalizer.normalize("") == "")
    }
}
