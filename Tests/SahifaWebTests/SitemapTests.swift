import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Sitemaps and robots.txt")
struct SitemapTests {
    /// Whether `text` is well-formed XML.
    static func isWellFormed(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }

    @Test("the sitemap index names monthly article sitemaps, sections and tags, each valid and complete")
    func sitemapIndex() async throws {
        try await withSite(seed: { newsroom, _ in
            let november = try await newsroom.publish(
                ArticleDraft(headline: "خبر نوفمبر", summary: "س", sectionSlug: "world", tagNames: ["قمة"]),
                at: summitDay
            )
            let october = try await newsroom.publish(
                ArticleDraft(headline: "خبر أكتوبر", summary: "س", sectionSlug: "economy"),
                at: summitDay.addingTimeInterval(-40 * 86_400)
            )
            return (november, october)
        }) { client, articles in
            let index = try await client.execute(uri: "/sitemap.xml", method: .get)
            #expect(index.headers[.contentType] == "application/xml; charset=utf-8")
            #expect(Self.isWellFormed(index.text))
            #expect(index.text.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"))
            for part in ["sections.xml", "tags.xml", "articles-2025-11.xml", "articles-2025-09.xml"] {
                #expect(index.text.contains("<loc>https://news.example/sitemaps/\(part)</loc>"), "\(part)")
                let sitemap = try await client.execute(uri: "/sitemaps/" + part, method: .get)
                #expect(sitemap.status == .ok && Self.isWellFormed(sitemap.text), "\(part)")
            }
            let november = try await client.execute(uri: "/sitemaps/articles-2025-11.xml", method: .get).text
            #expect(
                november.contains(
                    "<loc>https://news.example\(articles.0.path)</loc><lastmod>2025-11-06T23:15:00+03:00</lastmod>"))
            #expect(!november.contains(articles.1.path))
            #expect(
                try await client.execute(uri: "/sitemaps/sections.xml", method: .get).text.contains(
                    "<loc>https://news.example/economy</loc>"))
            #expect(
                try await client.execute(uri: "/sitemaps/tags.xml", method: .get).text.contains(
                    "https://news.example/tag/"))
            for missing in [
                "/sitemaps/articles-2025-13.xml", "/sitemaps/articles-2024-01.xml", "/sitemaps/other.xml",
                "/sitemaps/articles-2025-1.xml",
            ] {
                #expect(try await client.execute(uri: missing, method: .get).status == .notFound, "\(missing)")
            }
        }
    }

    @Test("the news sitemap lists only the last two days, with publication, language and title")
    func newsSitemap() async throws {
        try await withSite(seed: { newsroom, _ in
            let fresh = try await newsroom.publish(
                ArticleDraft(headline: "خبر اليوم & الغد", summary: "س", sectionSlug: "world"),
                at: Date().addingTimeInterval(-3600)
            )
            let old = try await newsroom.publish(
                ArticleDraft(headline: "خبر الأسبوع الماضي", summary: "س", sectionSlug: "world"),
                at: Date().addingTimeInterval(-5 * 86_400)
            )
            return (fresh, old)
        }) { client, articles in
            let text = try await client.execute(uri: "/news-sitemap.xml", method: .get).text
            #expect(Self.isWellFormed(text))
            #expect(text.contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""))
            #expect(text.contains("<loc>https://news.example\(articles.0.path)</loc>"))
            #expect(
                text.contains(
                    "<news:publication><news:name>صحيفة الاختبار</news:name><news:language>ar</news:language></news:publication>"
                ))
            #expect(text.contains("<news:title>خبر اليوم &amp; الغد</news:title>"))
            #expect(text.contains("<news:publication_date>"))
            #expect(!text.contains(articles.1.path))
        }
    }

    @Test("robots.txt names both sitemaps and keeps crawlers out of the newsroom")
    func robots() async throws {
        try await withSite(seed: { _, _ in }) { client, _ in
            let text = try await client.execute(uri: "/robots.txt", method: .get).text
            #expect(text.contains("Sitemap: https://news.example/sitemap.xml"))
            #expect(text.contains("Sitemap: https://news.example/news-sitemap.xml"))
            #expect(text.contains("Disallow: /newsroom"))
        }
    }
}
