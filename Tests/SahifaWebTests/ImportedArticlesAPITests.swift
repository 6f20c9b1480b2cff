import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("Imported articles through the API and the article page")
struct ImportedArticlesAPITests {
    struct Seeded: Sendable {
        var kazakh: ArticleTeaser
        var planes: ArticleTeaser
        var football: ArticleTeaser
    }

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Seeded = { newsroom, _ in
        func line(_ id: String, _ title: String, _ body: String, _ section: String) -> ImportedArticle {
            ImportedArticle(
                sourceID: id, headline: title, summary: "", bodyText: body, sectionSlug: section,
                sectionName: section == "economy" ? "اقتصاد" : "العالم", publishedAt: summitDay
            )
        }
        _ = try await newsroom.store.importArticles(
            [
                line("k-1", "كازاخستان توقع صفقة طائرات", "صفقة طائرات بوينغ لشركة طيران في كازاخستان.", "economy"),
                line("k-2", "طائرات جديدة لشركة طيران في كازاخستان", "وصلت الطائرات إلى كازاخستان.", "economy"),
                line("f-1", "مباراة كرة القدم تنتهي بالتعادل", "تعادل الفريقان في المباراة.", "world"),
            ],
            at: summitDay
        )
        while try await newsroom.store.refreshRelatedNews(limit: 10) > 0 {}
        return Seeded(
            kazakh: try #require(try await newsroom.store.article(sourceID: "k-1")),
            planes: try #require(try await newsroom.store.article(sourceID: "k-2")),
            football: try #require(try await newsroom.store.article(sourceID: "f-1"))
        )
    }

    @Test("an imported article is found by its source id, and an unknown id gives an empty list")
    func lookUp() async throws {
        try await withSite(seed: Self.seed) { client, seeded in
            let found = try await client.execute(uri: "/api/v1/articles?source_id=k-1", method: .get)
            #expect(found.status == .ok)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(found.text.utf8)) as? [String: Any])
            let results = try #require(body["results"] as? [[String: Any]])
            #expect(results.count == 1)
            #expect(results.first?["id"] as? Int64 == seeded.kazakh.id.rawValue)
            #expect(results.first?["source_id"] as? String == "k-1")
            let missing = try await client.execute(uri: "/api/v1/articles?source_id=nope", method: .get)
            #expect(missing.text == #"{"results":[]}"#)
        }
    }

    @Test("related news comes through the API and at the end of the article page")
    func related() async throws {
        try await withSite(seed: Self.seed) { client, seeded in
            let response = try await client.execute(uri: "/api/v1/articles/\(seeded.kazakh.id)/related", method: .get)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let results = try #require(body["results"] as? [[String: Any]])
            #expect(results.first?["source_id"] as? String == "k-2")
            for key in ["id", "source_id", "headline", "url", "section"] {
                #expect(results.first?.keys.contains(key) == true, "missing \(key)")
            }
            let page = try await client.execute(uri: seeded.kazakh.path, method: .get).text
            let heading = try #require(
                page.offset(of: "<h2 id=\"related-news-title\" class=\"block-title\">أخبار ذات علاقة</h2>"))
            let link = try #require(page.offset(of: "href=\"\(seeded.planes.path)\""))
            #expect(heading < link)
        }
    }

    @Test("suggested tags come through the API for published articles; a draft is not shown")
    func suggestedTags() async throws {
        try await withSite(seed: { newsroom, basics in
            try await newsroom.publish(
                ArticleDraft(headline: "أ", sectionSlug: "world", tagNames: ["كازاخستان", "الصين"]), at: summitDay)
            let draft = try await newsroom.store.createArticle(
                ArticleDraft(headline: "مسودة عن كازاخستان", sectionSlug: "world"), at: summitDay
            )
            return (
                try await newsroom.publish(
                    ArticleDraft(headline: "رئيس كازاخستان في زيارة", sectionSlug: "world"), at: summitDay),
                draft
            )
        }) { client, seeded in
            let (article, draft) = seeded
            let hidden = try await client.execute(uri: "/api/v1/articles/\(draft.id)/suggested-tags", method: .get)
            #expect(hidden.status == .notFound)
            #expect(hidden.text.contains("\"article_not_found\""))
            let response = try await client.execute(uri: "/api/v1/articles/\(article.id)/suggested-tags", method: .get)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let results = try #require(body["results"] as? [[String: Any]])
            #expect(results.map { $0["name"] as? String } == ["كازاخستان"])
        }
    }
}
