import Foundation
import Testing

@testable import ArabicText

@Suite("The digit style setting")
struct DigitStyleTests {
    @Test("the stored names of the digit styles never change")
    func rawValues() {
        #expect(DigitStyle.allCases == [.arabicIndic, .western])
        #expect(DigitStyle.arabicIndic.rawValue == "arabicIndic")
        #expect(DigitStyle(rawValue: "western") == .western)
    }

    @Test("a digit style survives a round trip through JSON settings")
    func codable() throws {
        let json = try JSONEncoder().encode([DigitStyle.arabicIndic])
        #expect(String(decoding: json, as: UTF8.self) == "[\"arabicIndic\"]")
        #expect(try JSONDecoder().decode([DigitStyle].self, from: Data("[\"western\"]".utf8)) == [.western])
    }
}
