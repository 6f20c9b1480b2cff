import Testing

@testable import ArabicText

@Suite("Article and section slugs")
struct SlugTests {
    @Test(
        "headlines become readable Arabic slugs",
        arguments: [
            (
                "قمة «C5+1» في البيت الأبيض: صفقات بـ25 مليار دولار",
                "قمة-c5-1-في-البيت-الأبيض-صفقات-ب-25-مليار-دولار"
            ),
            ("الْمَدْرَسَةُ الجـــديدة", "المدرسة-الجديدة"),
            ("إيران تتحدى أمريكا", "إيران-تتحدى-أمريكا"),
            ("انتخابات ٢٠٢٥ و۱۴۰۴", "انتخابات-2025-و-1404"),
            ("عا\u{200C}جل: \u{FEFB} للحرب!", "عاجل-لا-للحرب"),
            ("أخبار -- عاجلة !!!", "أخبار-عاجلة"),
            ("Hello, World! Café", "hello-world-cafe"),
            ("Don't Stop", "dont-stop"),
        ]
    )
    func makesSlug(headline: String, expected: String) {
        #expect(Slug.make(from: headline) == expected)
    }

    @Test("a slug is cut after the last whole word that fits")
    func cutsOnWordBoundary() {
        #expect(Slug.make(from: "واحد اثنان ثلاثة", maxLength: 12) == "واحد-اثنان")
        #expect(Slug.make(from: "واحد اثنان ثلاثة", maxLength: 10) == "واحد-اثنان")
        #expect(Slug.make(from: "واحد اثنان ثلاثة", maxLength: 9) == "واحد")
        #expect(Slug.make(from: "واحد اثنان ثلاثة", maxLength: 3) == "واح")
    }

    @Test("a slug never exceeds the maximum length, whatever the caller asks")
    func capsLength() {
        let headline = Array(repeating: "خبر", count: 100).joined(separator: " ")
        let slug = Slug.make(from: headline, maxLength: 500)
        #expect(slug == Array(repeating: "خبر", count: 30).joined(separator: "-"))
        #expect(slug.unicodeScalars.count == 119)
    }

    @Test("a haraka drawn on a tatweel (ﹷ, ﳲ) leaves nothing, not a tatweel, and does not break the word")
    func markOnTatweel() {
        #expect(Slug.make(from: "\u{FE77}") == "")
        #expect(Slug.make(from: "قمة\u{FE7D}\u{FCF2}عربية") == "قمةعربية")
    }

    @Test("text with no letters or digits gives an empty slug, for the caller to replace")
    func emptySlug() {
        #expect(Slug.make(from: "!!! ،،، ؟ «»") == "")
        #expect(Slug.make(from: "") == "")
        #expect(Slug.make(from: "خبر", maxLength: 0) == "")
    }

    @Test(
        "well-formed article slugs are valid",
        arguments: ["قمة-c5-1", "world", "2025", "إيران-تتحدى-أمريكا", "مستشفى"]
    )
    func validSlugs(slug: String) {
        #expect(Slug.isValid(slug))
    }

    @Test(
        "malformed article slugs are rejected",
        arguments: ["", "-abc", "abc-", "a--b", "ABC", "مَدرسة", "a b", "مـدرسة", "a_b", "café"]
    )
    func invalidSlugs(slug: String) {
        #expect(!Slug.isValid(slug))
    }

    @Test("article slugs are limited to 120 scalars")
    func lengthLimit() {
        #expect(Slug.isValid(String(repeating: "ب", count: 120)))
        #expect(!Slug.isValid(String(repeating: "ب", count: 121)))
    }

    @Test("section slugs are ASCII only")
    func sectionSlugs() {
        #expect(Slug.isValidASCII("world"))
        #expect(Slug.isValidASCII("middle-east"))
        #expect(Slug.isValidASCII("c5-1"))
        #expect(!Slug.isValidASCII("عالم"))
        #expect(!Slug.isValidASCII("World"))
        #expect(!Slug.isValidASCII("middle--east"))
        #expect(!Slug.isValidASCII(""))
    }
}
