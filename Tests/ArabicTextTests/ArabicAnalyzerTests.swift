import Testing

@testable import ArabicText

@Suite("From text to search terms")
struct ArabicAnalyzerTests {
    @Test("terms drop stopwords and stem what is left, in document order")
    func termsInOrder() {
        #expect(ArabicAnalyzer.terms(in: "ذهب الطالبُ إلى المدرسةِ في الصباح") == ["ذهب", "طالب", "مدرس", "صباح"])
    }

    @Test("a query and a document meet whatever harakat, tatweel, clitics or ة they carry")
    func queryMeetsDocument() {
        #expect(ArabicAnalyzer.terms(in: "المدرسة") == ["مدرس"])
        #expect(ArabicAnalyzer.terms(in: "الْمَدْرَسَةُ") == ["مدرس"])
        #expect(ArabicAnalyzer.terms(in: "وبالمـــدرسة") == ["مدرس"])
        #expect(ArabicAnalyzer.terms(in: "مدرسه") == ["مدرس"])
    }

    @Test("mixed Arabic, Latin and numbers give one term each, stopwords dropped")
    func mixedText() {
        #expect(ArabicAnalyzer.terms(in: "قمة C5+1 في البيت الأبيض") == ["قمه", "c5", "1", "بيت", "ابيض"])
        #expect(ArabicAnalyzer.terms(in: "The White House") == ["white", "house"])
        // A bare ب is never stripped (see LightStemmer), so بقيمة keeps it.
        #expect(ArabicAnalyzer.terms(in: "صفقات بقيمة ٢٥ مليار") == ["صفق", "بقيم", "25", "مليار"])
    }

    @Test("repeated words are kept for term frequency")
    func duplicatesKept() {
        #expect(ArabicAnalyzer.terms(in: "مدرسة المدرسة") == ["مدرس", "مدرس"])
    }

    @Test("analysed tokens pair each term with the word as written")
    func analysedTokens() {
        let analysed = ArabicAnalyzer.analyzedTokens(in: "زار الرَّئِيسُ في الصباح")
        #expect(analysed.map(\.token.text) == ["زار", "الرَّئِيسُ", "الصباح"])
        #expect(analysed.map(\.term) == ["زار", "رييس", "صباح"])
    }

    @Test("stopwords have no term")
    func stopwordHasNoTerm() {
        let tokens = ArabicTokenizer.tokens(in: "على الطاولة")
        #expect(tokens.map(ArabicAnalyzer.term(for:)) == [nil, "طاول"])
    }

    @Test("an Arabic word with a possible ب ل ك ف proclitic has an alternative term, others do not")
    func alternativeTerms() {
        let tokens = ArabicTokenizer.tokens(in: "بقيمة لمصر في بلد Boeing بهذا")
        #expect(tokens.map(ArabicAnalyzer.alternativeTerm(for:)) == ["قيم", "مصر", nil, nil, nil, nil])
    }
}
