import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("Search page and API")
struct SearchPageTests {
    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> [Article] = { newsroom, _ in
        var articles: [Article] = []
        for index in 1...12 {
            articles.append(
                try await newsroom.publish(
                    ArticleDraft(
                        headline: "قمة الطاقة رقم \(index)",
                        summary: "ملخص القمة",
                        bodyMarkdown: "اجتمع وزراءُ الطاقة في الرياض لبحث أسعار النفط.",
                        sectionSlug: index.isMultiple(of: 2) ? "economy" : "world"
                    ),
                    at: summitDay.addingTimeInterval(Double(index) * 60)
                )
            )
        }
        return articles
    }

    @Test("results show the count, marked words in headline and snippet, and page links that keep the search")
    func results() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let response = try await client.execute(
                uri: "/search?q=%D8%A7%D9%84%D8%B7%D9%91%D8%A7%D9%82%D8%A9", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains("<p class=\"result-count\" role=\"status\">١٢ نتيجة</p>"))
            #expect(html.contains("قمة <mark>الطاقة</mark> رقم"))
            #expect(html.contains("وزراءُ <mark>الطاقة</mark> في الرياض"))
            #expect(html.count(of: "<li class=\"teaser\">") == 10)
            #expect(html.contains("href=\"/search?q=%D8%A7%D9%84%D8%B7%D9%91%D8%A7%D9%82%D8%A9&amp;page=2\""))
            #expect(html.contains("value=\"الطّاقة\""))
            #expect(html.count(of: "<h1") == 1)
            let second = try await client.execute(uri: "/search?q=%D8%B7%D8%A7%D9%82%D8%A9&page=2", method: .get)
            #expect(second.text.count(of: "<li class=\"teaser\">") == 2)
        }
    }

    @Test("the section filter and newest order are applied and shown as chosen")
    func filterAndOrder() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let html = try await client.execute(
                uri: "/search?q=%D9%82%D9%85%D8%A9&section=economy&order=newest", method: .get
            ).text
            #expect(html.contains("٦ نتائج"))
            #expect(html.contains("<option value=\"economy\" selected>اقتصاد</option>"))
            #expect(html.contains("<option value=\"newest\" selected>الأحدث</option>"))
            let newest = try #require(html.offset(of: "رقم 12<"))
            let older = try #require(html.offset(of: "رقم 10<"))
            #expect(newest < older)
            #expect(!html.contains("رقم 11<"))
        }
    }

    @Test("no results gives an Arabic page with suggestions; an empty query shows the form")
    func nothingFound() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let none = try await client.execute(uri: "/search?q=%D8%A8%D8%B1%D8%AA%D9%82%D8%A7%D9%84", method: .get)
            #expect(none.status == .ok)
            #expect(none.text.contains("لم نعثر على نتائج") && none.text.contains("لا نتائج"))
            #expect(none.text.contains("href=\"/world\">العالم</a>"))
            let empty = try await client.execute(uri: "/search", method: .get)
            #expect(empty.status == .ok && empty.text.contains("<form class=\"search-form\""))
            let stopwords = try await client.execute(uri: "/search?q=%D9%81%D9%8A+%D9%85%D9%86", method: .get)
            #expect(stopwords.status == .ok && stopwords.text.contains("لا كلمات يمكن البحث عنها"))
        }
    }

    @Test(
        "any input answers with a page or a 400, never a server error",
        arguments: [
            "q=%22", "q=*", "q=NEAR(%D9%82%D9%85%D8%A9)", "q=-%D9%82%D9%85%D8%A9", "q=%5E%D9%82%D9%85%D8%A9",
            "q=body:%D9%82%D9%85%D8%A9", "q=%22%22%22%27%27", "q=%D9%82%D9%85%D8%A9&order=sideways", "q=%ZZ",
            "q=%FF%FE",
            "q=%D9%82%D9%85%D8%A9&page=0", "q=&section=", "q=%00%01", "section=%E0%A4&q=x",
        ]
    )
    func anyInput(query: String) async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let response = try await client.execute(uri: "/search?" + query, method: .get)
            #expect(response.status == .ok || response.status == .badRequest, "\(query) → \(response.status)")
            #expect(response.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
        }
    }

    @Test("ten kilobytes of query text still gets a results page")
    func longQuery() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let words = String(repeating: "%D9%82%D9%85%D8%A9+", count: 1200)
            let response = try await client.execute(uri: "/search?q=" + words, method: .get)
            #expect(response.status == .ok)
        }
    }

    @Test("the JSON search API answers the documented shape")
    func api() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let response = try await client.execute(
                uri: "/api/v1/search?q=%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9&per_page=3&section=economy", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            #expect(body["total"] as? Int == 6)
            let results = try #require(body["results"] as? [[String: Any]])
            #expect(results.count == 3)
            let first = try #require(results.first)
            for key in ["id", "source_id", "slug", "url", "headline", "snippet", "section", "published_at", "score"] {
                #expect(first.keys.contains(key), "missing \(key)")
            }
            #expect((first["url"] as? String)?.hasPrefix("https://news.example/economy/") == true)
            #expect((first["snippet"] as? String)?.contains("<mark>الطاقة</mark>") == true)
            #expect((first["section"] as? [String: Any])?["slug"] as? String == "economy")
            #expect(first["published_at"] as? String == "2025-11-06T20:27:00Z")
        }
    }

    @Test("a method an API address does not take is 405 with Allow, as the OpenAPI document lists it")
    func apiMethodNotAllowed() async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let response = try await client.execute(uri: "/api/v1/redirects", method: .init("TRACE")!)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET, HEAD, POST")
            #expect(String(buffer: response.body).contains("\"code\":\"method_not_allowed\""))
            #expect(try await client.execute(uri: "/api/v1/search?q=x", method: .delete).headers[.allow] == "GET, HEAD")
            #expect(try await client.execute(uri: "/api/v1/nothing", method: .delete).status == .notFound)
        }
    }

    @Test(
        "API errors are JSON with a stable code",
        arguments: [
            ("/api/v1/search", 400, "missing_parameter"),
            ("/api/v1/search?q=x&per_page=500", 400, "invalid_parameter"),
            ("/api/v1/search?q=x&page=abc", 400, "bad_request"),
            ("/api/v1/search?q=%FF", 400, "bad_request"),
            ("/api/v1/articles", 401, "unauthorized"), ("/api/v1/articles?source_id=", 400, "invalid_parameter"),
            ("/api/v1/search?q=قمة&per_page=", 400, "invalid_parameter"),
            ("/api/v1/articles?source_id=x&page=true", 400, "bad_request"),
            ("/api/v1/articles/99999/related", 404, "article_not_found"),
            ("/api/v1/articles/abc/related", 400, "invalid_parameter"),
            ("/api/v1/nothing", 404, "not_found"),
        ]
    )
    func apiErrors(uri: String, status: Int, code: String) async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status.code == status)
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
            let error = try #require(body["error"] as? [String: Any])
            #expect(error["code"] as? String == code)
            #expect((error["message"] as? String)?.isEmpty == false)
        }
    }
}
