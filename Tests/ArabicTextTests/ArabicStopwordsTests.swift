import Testing

@testable import ArabicText

@Suite("Arabic and English stopwords")
struct ArabicStopwordsTests {
    @Test(
        "function words in search form are stopwords",
        arguments: [
            "في", "من", "علي", "الي", "عن", "ان", "هذا", "هذه", "التي", "الذي", "وفي", "عليها", "هولاء", "the", "and",
        ]
    )
    func functionWords(word: String) {
        #expect(ArabicStopwords.contains(word))
    }

    @Test(
        "content words are not stopwords",
        arguments: ["مدرسه", "كتاب", "رييس", "قمه", "ام", "امام", "ولي", "white", "c5"]
    )
    func contentWords(word: String) {
        #expect(!ArabicStopwords.contains(word))
    }

    @Test("the list matches search forms only, so callers must normalise first")
    func needsNormalisedInput() {
        #expect(!ArabicStopwords.contains("إلى"))
        #expect(ArabicStopwords.contains(ArabicNormalizer.normalize("إِلَى")))
    }
}
