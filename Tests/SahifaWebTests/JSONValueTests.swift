import Foundation
import Testing

@testable import SahifaWeb

@Suite("JSON written for script elements and live events")
struct JSONValueTests {
    @Test("tricky text round-trips through a JSON parser and never appears raw where HTML could read it")
    func escaping() throws {
        let tricky = "قال \"المتحدث\": </script><!-- & \\ \n\t\u{01} \u{2028}\u{2029} C5+1 ✓"
        let value: JSONValue = ["headline": .string(tricky), "count": 3, "tags": ["أ", "ب"]]
        let text = value.serialized
        for raw in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n", "\u{01}"] {
            #expect(!text.contains(raw), "\(raw.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "")")
        }
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["headline"] as? String == tricky)
        #expect(parsed["count"] as? Int == 3)
        #expect(parsed["tags"] as? [String] == ["أ", "ب"])
        #expect(text.hasPrefix("{\"headline\":"))
    }

    @Test("each character that needs escaping is escaped at every position among long runs of plain text")
    func everyPosition() throws {
        let specials = ["\"", "\\", "\n", "\u{01}", "\u{1F}", "<", ">", "&", "\u{2028}", "\u{2029}"]
        for offset in 0..<17 {
            for special in specials {
                let text =
                    String(repeating: "ع", count: offset) + special + String(repeating: "https://x/%D8", count: offset)
                let serialized = JSONValue.string(text).serialized
                for raw in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n", "\u{01}", "\u{1F}"] {
                    #expect(!serialized.contains(raw), "\(offset) \(special.unicodeScalars.first!.value)")
                }
                let parsed = try JSONSerialization.jsonObject(with: Data(serialized.utf8), options: .fragmentsAllowed)
                #expect(parsed as? String == text)
            }
        }
    }
}
