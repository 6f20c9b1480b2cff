import Testing

@testable import ArabicText

@Suite("Marking search hits in the original text")
struct HighlighterTests {
    private typealias Segment = HighlightedSnippet.Segment

    @Test("match ranges point at the vocalised words as written")
    func rangesInVocalisedText() {
        let text = "زار الرَّئِيسُ الْمَدْرَسَةَ الجديدة"
        let ranges = Highlighter.matchRanges(in: text, terms: ["مدرس"])
        #expect(ranges.map { String(text.unicodeScalars[$0]) } == ["الْمَدْرَسَةَ"])
    }

    @Test("highlight wraps each matching word, clitics, harakat and tatweel included")
    func highlightWraps() {
        let text = "زار الرَّئِيسُ الْمَدْرَسَةَ الجديدة"
        #expect(
            Highlighter.highlight(text, terms: ["رييس", "مدرس"], open: "[", close: "]")
                == "زار [الرَّئِيسُ] [الْمَدْرَسَةَ] الجديدة"
        )
        #expect(
            Highlighter.highlight("مـــدرسة ثم وبالمدرسة", terms: ["مدرس"], open: "<", close: ">")
                == "<مـــدرسة> ثم <وبالمدرسة>"
        )
    }

    @Test("a word with a single ب ل ك ف proclitic is marked for the bare word's term")
    func marksProcliticForms() {
        #expect(
            Highlighter.highlight("صفقات بقيمة ٢٥ مليار لمصر", terms: ["قيم", "مصر"], open: "[", close: "]")
                == "صفقات [بقيمة] ٢٥ مليار [لمصر]"
        )
    }

    @Test("numbers and Latin words are marked whole, a one-digit number too, but not inside longer ones")
    func marksNumbersAndLatin() {
        #expect(
            Highlighter.highlight("فاز 5 لاعبين من 15 في G20 وg2", terms: ["5", "g20"], open: "[", close: "]")
                == "فاز [5] لاعبين من 15 في [G20] وg2"
        )
    }

    @Test("text without a match, or an empty query, comes back unchanged")
    func noMatch() {
        #expect(Highlighter.highlight("خبر عاجل", terms: ["مدرس"], open: "[", close: "]") == "خبر عاجل")
        #expect(Highlighter.matchRanges(in: "خبر عاجل", terms: []).isEmpty)
    }

    @Test("stopwords are never marked, even when the query holds their stem")
    func stopwordsNotMarked() {
        #expect(Highlighter.highlight("في البيت", terms: ["في", "بيت"], open: "[", close: "]") == "في [البيت]")
    }

    @Test("a headline's segments rebuild it exactly, with the hits marked")
    func headlineSegments() {
        let segments = Highlighter.segments(of: "قمة «C5+1» في البيت الأبيض", terms: ["بيت", "c5"])
        #expect(
            segments.segments == [
                Segment(text: "قمة «", isMatch: false),
                Segment(text: "C5", isMatch: true),
                Segment(text: "+1» في ", isMatch: false),
                Segment(text: "البيت", isMatch: true),
                Segment(text: " الأبيض", isMatch: false),
            ]
        )
        #expect(segments.text == "قمة «C5+1» في البيت الأبيض")
        #expect(segments.hasMatches)
    }

    @Test("a snippet centres its window on the match and marks the cuts with an ellipsis")
    func snippetCentresOnMatch() {
        let text = "أعلن البيت الأبيض اليوم عن قمة تجمع الرئيس مع قادة آسيا الوسطى في واشنطن"
        let snippet = Highlighter.snippet(of: text, terms: ["رييس"], maxWords: 5)
        #expect(
            snippet.segments == [
                Segment(text: "…قمة تجمع ", isMatch: false),
                Segment(text: "الرئيس", isMatch: true),
                Segment(text: " مع قادة…", isMatch: false),
            ]
        )
    }

    @Test("a snippet picks the passage with the most matches")
    func snippetPicksDensestPassage() {
        let text =
            "القمة في واشنطن. ثم تحدث الرئيس طويلا عن الاقتصاد والتجارة. وقال إن القمة ناجحة وإن القمة المقبلة قريبة"
        let snippet = Highlighter.snippet(of: text, terms: ["قمه"], maxWords: 6)
        #expect(
            snippet.segments == [
                Segment(text: "…إن ", isMatch: false),
                Segment(text: "القمة", isMatch: true),
                Segment(text: " ناجحة وإن ", isMatch: false),
                Segment(text: "القمة", isMatch: true),
                Segment(text: " المقبلة…", isMatch: false),
            ]
        )
    }

    @Test("a short text becomes a whole snippet, with no ellipsis and its final punctuation")
    func snippetOfShortText() {
        #expect(
            Highlighter.snippet(of: "قال الرئيس.", terms: ["رييس"], maxWords: 10).segments == [
                Segment(text: "قال ", isMatch: false),
                Segment(text: "الرئيس", isMatch: true),
                Segment(text: ".", isMatch: false),
            ]
        )
    }

    @Test("a snippet collapses paragraph breaks into single spaces")
    func snippetCollapsesWhitespace() {
        let snippet = Highlighter.snippet(of: "  الفقرة الأولى\n\nالقمة   الثانية\n", terms: ["قمه"], maxWords: 10)
        #expect(
            snippet.segments == [
                Segment(text: "الفقرة الأولى ", isMatch: false),
                Segment(text: "القمة", isMatch: true),
                Segment(text: " الثانية", isMatch: false),
            ]
        )
    }

    @Test("without a match the snippet is the start of the text")
    func snippetWithoutMatch() {
        let snippet = Highlighter.snippet(of: "واحد اثنان ثلاثة أربعة خمسة", terms: ["قمه"], maxWords: 2)
        #expect(snippet.segments == [Segment(text: "واحد اثنان…", isMatch: false)])
        #expect(!snippet.hasMatches)
    }

    @Test("an empty text gives an empty snippet and a zero word limit still shows one word")
    func snippetEdges() {
        #expect(Highlighter.snippet(of: "", terms: ["قمه"], maxWords: 5).segments.isEmpty)
        #expect(
            Highlighter.snippet(of: "خبر عاجل", terms: [], maxWords: 0).segments == [
                Segment(text: "خبر…", isMatch: false)
            ]
        )
    }
}
