import SahifaCore
import Testing

@Suite("Stray control characters taken out of what the newsroom is sent")
struct ControlCharacterTests {
    @Test("NUL and the other C0 and C1 controls go, and every word around them stays")
    func removed() {
        #expect("قمة\u{0}الرياض".withoutControlCharacters == "قمةالرياض")
        #expect("\u{0}".withoutControlCharacters == "")
        #expect("عاجل\u{1B}[31m: زلزال".withoutControlCharacters == "عاجل[31m: زلزال")
        #expect("سطر\u{85}آخر\u{9B}\u{7F}".withoutControlCharacters == "سطرآخر")
        #expect("\u{8}\u{C}\u{1F}نص".withoutControlCharacters == "نص")
    }

    @Test("tab and line feed stay; a carriage return ends a line, and CR LF becomes one line feed")
    func lineEnds() {
        #expect("أ\tب\nج".withoutControlCharacters == "أ\tب\nج")
        #expect("فقرة أولى\r\n\r\nفقرة ثانية".withoutControlCharacters == "فقرة أولى\n\nفقرة ثانية")
        #expect("سطر\rسطر".withoutControlCharacters == "سطر\nسطر")
    }

    @Test("text without controls comes back as it was, letters outside ASCII included")
    func untouched() {
        for text in ["السعودية 2030", "£5 · café · ١٢٣", "🇸🇦 عاجل", "\u{200F}نص\u{200E}", ""] {
            #expect(text.withoutControlCharacters == text)
        }
    }
}
