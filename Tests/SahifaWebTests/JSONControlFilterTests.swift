import Testing

@testable import SahifaWeb

@Suite("Stray controls taken out of API JSON before it is decoded")
struct JSONControlFilterTests {
    private func filtered(_ json: String) -> String {
        String(decoding: JSONControlFilter.filter(Array(json.utf8)), as: UTF8.self)
    }

    @Test("escaped NUL and C0 controls go, and the rest of the string stays")
    func escapes() {
        #expect(filtered(#"{"headline":"\u0000"}"#) == #"{"headline":""}"#)
        #expect(filtered(#"{"body":"أول\u0000 ثاني\u001b\b\f"}"#) == #"{"body":"أول ثاني"}"#)
        #expect(filtered(#"{"text":"\u0085عاجل\u009F"}"#) == #"{"text":"عاجل"}"#)
    }

    @Test("DEL and C1 controls written as themselves go too")
    func rawControls() {
        #expect(filtered("{\"text\":\"أ\u{7F}ب\u{85}ج\"}") == #"{"text":"أبج"}"#)
    }

    @Test("CR LF becomes a line feed, a lone CR a line feed; tab and line feed stay")
    func lineEnds() {
        #expect(filtered(#"{"b":"أ\r\nب\rج\tد\n"}"#) == #"{"b":"أ\nب\nج\tد\n"}"#)
        #expect(filtered(#"{"b":"أ\u000d\u000aب"}"#) == #"{"b":"أ\u000aب"}"#)
    }

    @Test("an escaped backslash or quote is never taken for the start of a control, and nothing else changes")
    func untouched() {
        for json in [
            #"{"path":"C:\\u0000dir","quote":"\"x\""}"#,
            #"{"n":1,"ok":true,"list":["\u0041","\/","\\"],"bad":"\u00zz"}"#,
            "{\"key\u{0}\":1}",
        ] {
            #expect(filtered(json) == json)
        }
    }
}
