import Foundation
import SahifaCore
import SahifaTestSupport
import Testing

@testable import SahifaSQLite
@testable import SahifaStore

@Suite("Search index on SQLite", .enabled(if: StoreBackend.underTest == .sqlite, "the SQLite pass runs it"))
struct SQLiteSearchIndexTests {
    /// How many parts (FTS5 segments) the index of `newsroom` has.
    private func parts(_ newsroom: TestNewsroom) throws -> Int {
        try ReaderConnection(path: newsroom.database, trace: nil).firstRow(
            "SELECT COUNT(DISTINCT segid) FROM article_search_idx"
        ) { $0.int(0) } ?? 0
    }

    @Test("results score as FTS5's bm25 with the field weights, and follow a newly published article at once")
    func scoresAreBM25() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            try await newsroom.seedBasics()
            let drafts = [
                ArticleDraft(
                    headline: "أسعار النفط ترتفع", bodyMarkdown: "ارتفعت أسعار الخام في الأسواق.",
                    sectionSlug: "economy"),
                ArticleDraft(
                    headline: "اجتماع أوبك", summary: "النفط على جدول الأعمال",
                    bodyMarkdown: "ناقش الوزراء الإنتاج والأسعار والنفط.",
                    sectionSlug: "economy", tagNames: ["نفط"]
                ),
            ]
            // Words in fewer than half of the articles, so that how rare they are counts (bm25
            // gives a word in more than half next to nothing).
            let others = [
                "موسم الحج", "مباراة الديربي", "معرض الكتاب", "قمة المناخ", "انتخابات البلدية", "مهرجان السينما",
            ]
            .map { ArticleDraft(headline: $0, bodyMarkdown: "تفاصيل \($0).", sectionSlug: "world") }
            for (offset, draft) in (drafts + others).enumerated() {
                try await newsroom.publish(draft, at: summitDay.addingTimeInterval(Double(offset) * 60))
            }
            let query = try #require(SearchQuery("أسعار النفط"))
            let request = SearchRequest(
                query: query, sectionSlug: nil, order: .relevance, page: PageRequest(number: 1, size: 10))
            let reference = try ReaderConnection(path: newsroom.database, trace: nil)

            func expectBM25Scores() async throws {
                let found = try await newsroom.store.search(request, at: summitDay)
                let bm25 = Dictionary(
                    uniqueKeysWithValues: try reference.rows(
                        "SELECT rowid, bm25(article_search, 10.0, 4.0, 3.0, 5.0, 1.0) FROM article_search WHERE article_search MATCH ?",
                        arguments: [query.fts5Expression(all: found.matchedAllWords)]
                    ) { ($0.int64(0), -$0.double(1)) }
                )
                #expect(!found.hits.items.isEmpty)
                #expect(
                    Dictionary(uniqueKeysWithValues: found.hits.items.map { ($0.teaser.id.rawValue, $0.score) }) == bm25
                )
            }

            try await expectBM25Scores()
            // A new article holding the words makes them less rare: every score moves.
            try await newsroom.publish(
                ArticleDraft(headline: "النفط والأسعار", bodyMarkdown: "تراجعت أسعار النفط.", sectionSlug: "economy"),
                at: summitDay.addingTimeInterval(600)
            )
            try await expectBM25Scores()
        }
    }

    @Test("a bulk import may defer merging, leaving one part per write until resumed")
    func deferredMerging() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            try await newsroom.seedBasics()
            var published = 0
            // Twenty writes: past the sixteen parts at which FTS5 merges even when merging waits.
            func publishTwenty() async throws {
                for _ in 0..<20 {
                    published += 1
                    try await newsroom.publish(
                        ArticleDraft(headline: "نشرة رقم \(published)", sectionSlug: "world"),
                        at: summitDay.addingTimeInterval(Double(published) * 60)
                    )
                }
            }
            try await publishTwenty()
            let merging = try parts(newsroom)
            #expect(merging < 20)

            try await newsroom.store.deferSearchIndexMerging()
            try await publishTwenty()
            #expect(try parts(newsroom) == merging + 20)

            try await newsroom.store.resumeSearchIndexMerging()
            try await publishTwenty()
            #expect(try parts(newsroom) < merging + 40)
        }
    }

    @Test("merging step by step takes an index of many parts back to one, every answer and score kept")
    func upkeepMergesParts() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            try await newsroom.seedBasics()
            let store = newsroom.store
            #expect(try await store.mergeSearchIndexStep() == false)
            try await store.deferSearchIndexMerging()
            for number in 1...12 {
                try await newsroom.publish(
                    ArticleDraft(headline: "حصاد القمح في الموسم \(number)", sectionSlug: "economy"),
                    at: summitDay.addingTimeInterval(Double(number) * 60)
                )
            }
            let query = try #require(SearchQuery("حصاد القمح"))
            let request = SearchRequest(
                query: query, sectionSlug: nil, order: .relevance, page: PageRequest(number: 1, size: 20))
            let before = try await store.search(request, at: summitDay).hits
            #expect(try parts(newsroom) >= 12)

            var steps = 0
            while try await store.mergeSearchIndexStep() {
                steps += 1
                try #require(steps < 50, "the merge never finished")
            }

            #expect(try parts(newsroom) == 1)
            let after = try await store.search(request, at: summitDay).hits
            #expect(after.totalCount == 12 && after.items.map(\.teaser.id) == before.items.map(\.teaser.id))
            #expect(after.items.map(\.score) == before.items.map(\.score))
            #expect(try await store.mergeSearchIndexStep() == false)
        }
    }
}
