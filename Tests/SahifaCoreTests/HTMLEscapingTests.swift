import SahifaCore
import Testing

@Suite("The HTML escaper")
struct HTMLEscapingTests {
    /// The rule written out plainly, character by character, to check the fast escaper against.
    static func plainEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    @Test("every special character is escaped wherever it falls, among Arabic and Latin text of any length")
    func everyPosition() {
        let pieces = ["قمة", " ", "C5+1", "&", "<", ">", "\"", "'", "ـ", "٢٠٢٥", "é", "—", "👍🏽", "\n"]
        // A fixed sequence of choices (a linear congruential generator), so a failure repeats.
        var state: UInt64 = 2025
        func nextPiece() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return pieces[Int(state >> 33) % pieces.count]
        }
        for length in 0..<40 {
            for _ in 0..<50 {
                let text = (0..<length).map { _ in nextPiece() }.joined()
                #expect(HTMLEscaping.escape(text) == Self.plainEscape(text), "\(text)")
            }
        }
        for offset in 0..<17 {
            for special in ["&", "<", ">", "\"", "'"] {
                let text = String(repeating: "ع", count: offset) + special + String(repeating: "b", count: offset)
                #expect(HTMLEscaping.escape(text) == Self.plainEscape(text))
            }
        }
        #expect(
            HTMLEscaping.escape("<script>alert('x')</script> & \"")
                == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;")
    }
}
