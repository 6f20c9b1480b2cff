import Testing

@testable import ArabicText

@Suite("Splitting text into words")
struct ArabicTokenizerTests {
    @Test("vocalised words stay whole and keep their marks, with a folded search form")
    func vocalisedWords() {
        let tokens = ArabicTokenizer.tokens(in: "ذهب الطالبُ إلى المدرسةِ.")
        #expect(tokens.map(\.text) == ["ذهب", "الطالبُ", "إلى", "المدرسةِ"])
        #expect(tokens.map(\.normalized) == ["ذهب", "الطالب", "الي", "المدرسه"])
        #expect(tokens.allSatisfy { $0.kind == .arabic })
    }

    @Test("a token's range covers the word as written, final harakat included")
    func rangesCoverMarks() {
        let text = "الْمَدْرَسَةُ الجديدة"
        let tokens = ArabicTokenizer.tokens(in: text)
        #expect(tokens.count == 2)
        #expect(String(text.unicodeScalars[tokens[0].range]) == "الْمَدْرَسَةُ")
        #expect(text.unicodeScalars[tokens[0].range.upperBound] == " ")
        #expect(String(text.unicodeScalars[tokens[1].range]) == "الجديدة")
    }

    @Test("tatweel and joiners inside a word do not split it")
    func tatweelAndJoiners() {
        let stretched = ArabicTokenizer.tokens(in: "مـــدرسة جديدة")
        #expect(stretched.map(\.text) == ["مـــدرسة", "جديدة"])
        #expect(stretched.map(\.normalized) == ["مدرسه", "جديده"])

        let joined = ArabicTokenizer.tokens(in: "مد\u{200C}رسة")
        #expect(joined.map(\.text) == ["مد\u{200C}رسة"])
        #expect(joined.map(\.normalized) == ["مدرسه"])
    }

    @Test("the zero-width space separates words")
    func zeroWidthSpace() {
        let tokens = ArabicTokenizer.tokens(in: "كلمة\u{200B}أخرى")
        #expect(tokens.map(\.normalized) == ["كلمه", "اخري"])
    }

    @Test("Arabic and Latin punctuation split words")
    func punctuation() {
        let tokens = ArabicTokenizer.tokens(in: "قال، ثم؛ لماذا؟ «نعم» “حسنا” (أ ف ب) - تم!")
        #expect(tokens.map(\.normalized) == ["قال", "ثم", "لماذا", "نعم", "حسنا", "ا", "ف", "ب", "تم"])
    }

    @Test("mixed scripts become separate tokens; digits stay with Latin letters")
    func mixedScripts() {
        let tokens = ArabicTokenizer.tokens(in: "قمةC5+1")
        #expect(tokens.map(\.text) == ["قمة", "C5", "1"])
        #expect(tokens.map(\.normalized) == ["قمه", "c5", "1"])
        #expect(tokens.map(\.kind) == [.arabic, .latin, .number])

        let network = ArabicTokenizer.tokens(in: "شبكة 5G و٢٠٢٥م")
        #expect(network.map(\.normalized) == ["شبكه", "5g", "و", "2025", "م"])
        #expect(network.map(\.kind) == [.arabic, .latin, .arabic, .number, .arabic])
    }

    @Test("numbers keep decimal and grouping separators in any digit set")
    func numbers() {
        let tokens = ArabicTokenizer.tokens(in: "بلغ 25.5 مليار أو ٢٥٫٥ مليار و1,000 طائرة عام 2025.")
        #expect(
            tokens.map(\.text) == ["بلغ", "25.5", "مليار", "أو", "٢٥٫٥", "مليار", "و", "1,000", "طائرة", "عام", "2025"])
        #expect(tokens.filter { $0.kind == .number }.map(\.normalized) == ["25.5", "25.5", "1000", "2025"])
    }

    @Test("a lam-alef ligature reads as the two letters of the word")
    func ligatureInsideWord() {
        let tokens = ArabicTokenizer.tokens(in: "\u{FEFB}عب")
        #expect(tokens.map(\.normalized) == ["لاعب"])
        #expect(tokens.map(\.kind) == [.arabic])
    }

    @Test("Latin words are lower-cased in their search form but kept as written")
    func latinWords() {
        let tokens = ArabicTokenizer.tokens(in: "Café Crème, BOEING")
        #expect(tokens.map(\.text) == ["Café", "Crème", "BOEING"])
        #expect(tokens.map(\.normalized) == ["café", "crème", "boeing"])
    }

    @Test("every scalar of the Arabic block, between two letters, gets the normaliser's search form")
    func wholeArabicBlock() {
        for value in UInt32(0x0600)...0x06FF {
            let scalar = Unicode.Scalar(value)!
            let word = "ب" + String(Character(scalar)) + "ت"
            let tokens = ArabicTokenizer.tokens(in: word)
            let words = tokens.filter { $0.kind == .arabic }
            // Either the scalar joins the word, and the word's search form is the normaliser's, or it splits it.
            if words.count == 1 {
                #expect(words[0].text == word, "U+\(String(value, radix: 16))")
                #expect(words[0].normalized == ArabicNormalizer.normalize(word), "U+\(String(value, radix: 16))")
            } else {
                #expect(words.map(\.text) == ["ب", "ت"], "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("a word far longer than any in a dictionary keeps its whole search form")
    func veryLongWords() {
        let arabic = String(repeating: "أبجد", count: 40)
        let latin = String(repeating: "Xyz", count: 70)
        let tokens = ArabicTokenizer.tokens(in: "\(arabic) \(latin)")
        #expect(tokens.map(\.text) == [arabic, latin])
        #expect(
            tokens.map(\.normalized) == [String(repeating: "ابجد", count: 40), String(repeating: "xyz", count: 70)])
    }

    @Test("text without letters or digits has no tokens")
    func noTokens() {
        #expect(ArabicTokenizer.tokens(in: "").isEmpty)
        #expect(ArabicTokenizer.tokens(in: " ...،؟ «» ").isEmpty)
        #expect(ArabicTokenizer.tokens(in: "ـــ \u{064E}").isEmpty)
    }
}
