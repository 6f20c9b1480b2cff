import Testing

@testable import SahifaCore

@Suite("URLs")
struct PercentEncodingTests {
    @Test("an Arabic slug is percent-encoded as UTF-8 in article paths")
    func encodesArabic() {
        #expect(
            ArticlePath.make(section: "world", id: ArticleID(7), slug: "قمة")
                == "/world/7/%D9%82%D9%85%D8%A9"
        )
    }

    @Test("decoding refuses broken escapes and bytes that are not UTF-8")
    func strictDecoding() {
        #expect(PercentEncoding.decode("%D9%82%D9%85%D8%A9") == "قمة")
        #expect(PercentEncoding.decode("a+b", plusAsSpace: true) == "a b")
        #expect(PercentEncoding.decode("%ZZ") == nil)
        #expect(PercentEncoding.decode("%D9") == nil)
        #expect(PercentEncoding.decode("abc%") == nil)
        #expect(PercentEncoding.decode("%FF%FE") == nil)
    }

    @Test("a page number must be a whole number from 1, and not absurdly large")
    func pageNumbers() {
        #expect(PageRequest.parse(nil, size: 10)?.number == 1)
        #expect(PageRequest.parse("3", size: 10)?.offset == 20)
        for bad in ["abc", "-1", "0", "", "1.5", "99999999999999999999", " 2"] {
            #expect(PageRequest.parse(bad, size: 10) == nil, "page=\(bad)")
        }
    }
}
