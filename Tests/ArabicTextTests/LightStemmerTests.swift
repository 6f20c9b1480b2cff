import Testing

@testable import ArabicText

@Suite("Light stemming of Arabic words")
struct LightStemmerTests {
    @Test(
        "the article and its proclitics come off",
        arguments: [
            ("والكتاب", "كتاب"),
            ("بالمدينه", "مدين"),
            ("للمدرسه", "مدرس"),
            ("فالرييس", "رييس"),
            ("كالبحر", "بحر"),
            ("وبالتالي", "تال"),
            ("الطالب", "طالب"),
            ("البيت", "بيت"),
        ]
    )
    func stripsArticle(word: String, expected: String) {
        #expect(LightStemmer.stem(word) == expected)
    }

    @Test(
        "words whose first letters only look like a clitic keep them",
        arguments: [
            ("بلد", "بلد"),
            ("ولد", "ولد"),
            ("فيل", "فيل"),
            ("كتب", "كتب"),
            ("كتاب", "كتاب"),
            ("لبنان", "لبنان"),
            ("بلدان", "بلدان"),
            ("كبير", "كبير"),
            ("الله", "الله"),
            ("من", "من"),
        ]
    )
    func doesNotOverStem(word: String, expected: String) {
        #expect(LightStemmer.stem(word) == expected)
    }

    @Test(
        "plural, nisba and pronoun endings come off",
        arguments: [
            ("اللاعبون", "لاعب"),
            ("المسلمين", "مسلم"),
            ("المعلمات", "معلم"),
            ("كتابهم", "كتاب"),
            ("كتابها", "كتاب"),
            ("سيارتكم", "سيار"),
            ("مباحثاتهم", "مباحث"),
            ("بيتنا", "بيت"),
        ]
    )
    func stripsSuffixes(word: String, expected: String) {
        #expect(LightStemmer.stem(word) == expected)
    }

    @Test("a country, its adjective and their plurals share a stem")
    func nisbaFamilies() {
        #expect(LightStemmer.stem("لبناني") == "لبنان")
        #expect(LightStemmer.stem("اللبنانيه") == "لبنان")
        #expect(LightStemmer.stem("اللبنانيين") == "لبنان")
        #expect(LightStemmer.stem("فرنسا") == "فرنس")
        #expect(LightStemmer.stem("الفرنسي") == "فرنس")
        #expect(LightStemmer.stem("المانيا") == "مان")
        #expect(LightStemmer.stem("الالماني") == "مان")
    }

    @Test("a teh marbuta written as teh before a pronoun is treated as the teh marbuta")
    func tehMarbutaBeforePronoun() {
        #expect(LightStemmer.stem("حكومه") == "حكوم")
        #expect(LightStemmer.stem("حكومته") == "حكوم")
        #expect(LightStemmer.stem("سياستهم") == "سياس")
        #expect(LightStemmer.stem("صوتها") == "صوت")
    }

    @Test("the conjunction و comes off, but not the و of وزير or واشنطن")
    func conjunctionWaw() {
        #expect(LightStemmer.stem("وطاجيكستان") == "طاجيكستان")
        #expect(LightStemmer.stem("وقال") == "قال")
        #expect(LightStemmer.stem("وزير") == "وزير")
        #expect(LightStemmer.stem("الوزير") == "وزير")
        #expect(LightStemmer.stem("وزيرها") == "وزير")
        #expect(LightStemmer.stem("ووزير") == "وزير")
        #expect(LightStemmer.stem("الوزاره") == "وزار")
        #expect(LightStemmer.stem("واشنطن") == "واشنطن")
        #expect(LightStemmer.stem("وواشنطن") == "واشنطن")
        #expect(LightStemmer.stem("وقتها") == "وقت")
    }

    @Test("a word and its article form meet even when normalisation makes أل look like ال")
    func hamzaAlefLam() {
        #expect(LightStemmer.stem("العاب") == "عاب")
        #expect(LightStemmer.stem("الالعاب") == "عاب")
        #expect(LightStemmer.stem("والد") == "الد")
        #expect(LightStemmer.stem("الوالد") == "الد")
    }

    @Test("stems stem to themselves and non-Arabic words pass through")
    func stable() {
        #expect(LightStemmer.stem("كتاب") == "كتاب")
        #expect(LightStemmer.stem("مدين") == "مدين")
        #expect(LightStemmer.stem("لاعب") == "لاعب")
        #expect(LightStemmer.stem("boeing") == "boeing")
        #expect(LightStemmer.stem("2025") == "2025")
        #expect(LightStemmer.stem("") == "")
    }

    @Test(
        "a second stem treats a leading ب ل ك ف as a proclitic",
        arguments: [
            ("بقيمه", "قيم"),
            ("وبقيمه", "قيم"),
            ("فبحسب", "حسب"),
            ("لمصر", "مصر"),
            ("للبنان", "لبنان"),
            ("كتاب", "تاب"),
        ]
    )
    func secondStem(word: String, expected: String) {
        #expect(LightStemmer.stemWithoutProclitic(word) == expected)
    }

    @Test(
        "there is no second stem when too little would remain or nothing would change",
        arguments: ["بلد", "فيل", "كتب", "والكتاب", "بالمدينه", "مدرسه", "ب", ""]
    )
    func noSecondStem(word: String) {
        #expect(LightStemmer.stemWithoutProclitic(word) == nil)
    }
}
