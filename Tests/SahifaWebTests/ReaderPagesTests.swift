import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("Reader pages")
struct ReaderPagesTests {
    /// 25 economy stories an hour apart, one featured world story, all by Omar and tagged الطاقة.
    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> [Article] = { newsroom, _ in
        var articles: [Article] = []
        articles.append(
            try await newsroom.publish(
                ArticleDraft(
                    headline: "الخبر الرئيسي", summary: "ملخص الرئيسي", sectionSlug: "world", authorSlugs: ["omar"],
                    isFeatured: true),
                at: summitDay
            )
        )
        for hour in 1...25 {
            articles.append(
                try await newsroom.publish(
                    ArticleDraft(
                        headline: "خبر اقتصادي \(hour)", sectionSlug: "economy", tagNames: ["الطاقة"],
                        authorSlugs: ["omar"]),
                    at: summitDay.addingTimeInterval(Double(-hour) * 3600)
                )
            )
        }
        return articles
    }

    @Test("the home page has the lead story, top stories, a block per section and the latest news")
    func home() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .ok)
            let html = response.text
            let lead = try #require(html.offset(of: "class=\"lead\""))
            let top = try #require(html.offset(of: "أبرز الأخبار"))
            let economyBlock = try #require(
                html.offset(
                    of: "<section class=\"section-block\"><h2 class=\"block-title\"><a href=\"/economy\">اقتصاد</a>"))
            let latest = try #require(html.offset(of: "آخر الأخبار"))
            #expect(lead < top && top < economyBlock && economyBlock < latest)
            #expect(html.offset(of: "الخبر الرئيسي") ?? .max < top)
            #expect(html.count(of: "<h1") == 1)
            #expect(html.contains("href=\"/?page=2\">٢</a>") && html.contains("href=\"/?page=2\" rel=\"next\""))
        }
    }

    @Test("a section page lists its stories newest first, paged, with page links in the site's digits")
    func sectionPaging() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let first = try await client.execute(uri: "/economy", method: .get).text
            #expect(first.contains("<h1>اقتصاد</h1>"))
            #expect(first.count(of: "class=\"teaser\"") == 20)
            #expect(first.offset(of: "خبر اقتصادي 1<") ?? .max < first.offset(of: "خبر اقتصادي 2<") ?? 0)
            #expect(first.contains("<span aria-current=\"page\">١</span>"))
            #expect(first.contains("href=\"/economy?page=2\">٢</a>"))
            #expect(first.contains("aria-current=\"page\">اقتصاد</a>"))
            let second = try await client.execute(uri: "/economy?page=2", method: .get)
            #expect(second.status == .ok)
            #expect(second.text.count(of: "class=\"teaser\"") == 5)
            #expect(second.text.contains("href=\"/economy\" rel=\"prev\""))
            #expect(try await client.execute(uri: "/economy?page=3", method: .get).status == .notFound)
        }
    }

    @Test("tag and author pages list their stories")
    func tagAndAuthor() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let tag = try await client.execute(uri: "/tag/%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9", method: .get)
            #expect(tag.status == .ok)
            #expect(tag.text.contains("<h1>الطاقة</h1>") && tag.text.contains("<p class=\"listing-label\">وسم</p>"))
            #expect(tag.text.count(of: "class=\"teaser\"") == 20)
            let author = try await client.execute(uri: "/author/omar?page=2", method: .get)
            #expect(author.status == .ok)
            #expect(author.text.contains("<h1>عمر النجار</h1>") && author.text.contains("محرر اقتصادي"))
            #expect(author.text.count(of: "class=\"teaser\"") == 6)
            #expect(try await client.execute(uri: "/tag/nothing", method: .get).status == .notFound)
            #expect(try await client.execute(uri: "/author/nobody", method: .get).status == .notFound)
        }
    }

    @Test(
        "malformed requests answer 400 with an Arabic page",
        arguments: [
            "/?page=abc", "/?page=-1", "/?page=0", "/?page=99999999999999999999", "/economy?page=1.5",
            "/tag/%ZZ", "/tag/%D9", "/world/1/%FF%FE", "/economy?q=%E0%A4",
        ]
    )
    func malformed(uri: String) async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest)
            #expect(response.text.contains("<h1>طلب غير صالح</h1>"))
        }
    }

    @Test("with Western digits every date and page number uses 0–9")
    func westernDigits() async throws {
        try await withSite(digits: .western, seed: Self.seed) { client, articles in
            let page = try await client.execute(uri: articles[0].path, method: .get).text
            #expect(
                page.contains("6 نوفمبر 2025") && page.contains("15 جمادى الأولى 1447 هـ") && page.contains("23:15"))
            #expect(!page.contains("٢٠٢٥"))
            let list = try await client.execute(uri: "/economy", method: .get).text
            #expect(list.contains("href=\"/economy?page=2\">2</a>"))
        }
    }

    @Test("HEAD answers like GET without a body")
    func head() async throws {
        try await withSite(seed: Self.seed) { client, articles in
            let response = try await client.execute(uri: articles[0].path, method: .head)
            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
            #expect(try await client.execute(uri: "/world/99999/x", method: .head).status == .notFound)
        }
    }
}
