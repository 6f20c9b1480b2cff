import Testing

@testable import SahifaWordPress

@Suite("Agency credits in captions")
struct CaptionCreditTests {
    @Test("a trailing parenthesis is the credit, taken off the caption")
    func trailingParenthesis() {
        let split = CaptionCredit.split("الرئيس في القمة (أ ف ب)")
        #expect(split.caption == "الرئيس في القمة")
        #expect(split.credit == "أ ف ب")
    }

    @Test("spaces around the caption and inside the parenthesis are trimmed")
    func spacesTrimmed() {
        let split = CaptionCredit.split("  سفن في الميناء ( رويترز )  ")
        #expect(split.caption == "سفن في الميناء")
        #expect(split.credit == "رويترز")
    }

    @Test("a caption that is only a credit keeps an empty caption")
    func onlyCredit() {
        let split = CaptionCredit.split("(الأناضول)")
        #expect(split.caption == "")
        #expect(split.credit == "الأناضول")
    }

    @Test("a caption without a parenthesis at its end has no credit")
    func noCredit() {
        #expect(CaptionCredit.split("جلسة البرلمان").credit == "")
        let split = CaptionCredit.split("(أ ف ب) صورة من الجلسة")
        #expect(split.caption == "(أ ف ب) صورة من الجلسة")
        #expect(split.credit == "")
    }

    @Test("a year in parentheses stays in the caption, since a credit names someone")
    func yearStays() {
        let split = CaptionCredit.split("صورة من الأرشيف (2019)")
        #expect(split.caption == "صورة من الأرشيف (2019)")
        #expect(split.credit == "")
    }

    @Test("a long parenthesis is part of the caption's sentence, not a credit")
    func longParenthesisStays() {
        let caption = "المتظاهرون أمام المبنى (وقد تجمعوا منذ الصباح الباكر رغم المطر الغزير والبرد)"
        #expect(CaptionCredit.split(caption).caption == caption)
        #expect(CaptionCredit.split(caption).credit == "")
    }

    @Test("a credit with a parenthesis of its own is kept whole")
    func nestedParenthesis() {
        let split = CaptionCredit.split("ملعب المباراة (وكالة الأنباء (واس))")
        #expect(split.caption == "ملعب المباراة")
        #expect(split.credit == "وكالة الأنباء (واس)")
    }
}
