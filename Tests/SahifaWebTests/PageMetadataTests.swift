import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("Page metadata: OpenGraph, Twitter cards, JSON-LD and feed links")
struct PageMetadataTests {
    struct Seeded: Sendable {
        var article: Article
        var hero: MediaAsset
    }

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Seeded = { newsroom, _ in
        let hero = try await newsroom.picture("summit")
        let created = try await newsroom.store.createArticle(
            ArticleDraft(
                kicker: "قمة C5+1", headline: "قادة آسيا الوسطى في واشنطن", summary: "لقاء في البيت الأبيض",
                bodyMarkdown: "نص الخبر.", heroImageHash: hero.hash, sectionSlug: "world",
                tagNames: ["واشنطن", "آسيا الوسطى"], authorSlugs: ["layla", "omar"]
            ),
            at: summitDay.addingTimeInterval(-600)
        )
        let published = try await newsroom.store.publishArticle(id: created.id, at: summitDay)
        var draft = ArticleDraft(
            kicker: "قمة C5+1", headline: "قادة آسيا الوسطى في واشنطن", summary: "لقاء في البيت الأبيض",
            bodyMarkdown: "نص الخبر المحدث.", heroImageHash: hero.hash, sectionSlug: "world",
            tagNames: ["واشنطن", "آسيا الوسطى"], authorSlugs: ["layla", "omar"]
        )
        draft.slug = published.slug
        let edited = try await newsroom.store.updateArticle(
            id: created.id, with: draft, at: summitDay.addingTimeInterval(5400))
        return Seeded(article: edited, hero: hero)
    }

    static func structuredData(in html: String) throws -> [[String: Any]] {
        try html.matches(of: /<script type="application\/ld\+json">(.*?)<\/script>/).map { match in
            try #require(try JSONSerialization.jsonObject(with: Data(match.1.utf8)) as? [String: Any])
        }
    }

    static func meta(_ html: String, _ attribute: String, _ key: String) -> [String] {
        html.matches(
            of: try! Regex(
                "<meta \(attribute)=\"\(NSRegularExpression.escapedPattern(for: key))\" content=\"([^\"]*)\">")
        )
        .compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test("an article page describes itself as a NewsArticle with every field, and its breadcrumbs")
    func newsArticle() async throws {
        try await withSite(seed: Self.seed) { client, seeded in
            let base = "https://news.example"
            let html = try await client.execute(uri: seeded.article.path, method: .get).text
            let blocks = try Self.structuredData(in: html)
            let article = try #require(blocks.first { $0["@type"] as? String == "NewsArticle" })
            let url = base + seeded.article.path
            #expect(article["@context"] as? String == "https://schema.org")
            #expect(article["headline"] as? String == "قادة آسيا الوسطى في واشنطن")
            #expect(article["description"] as? String == "لقاء في البيت الأبيض")
            // Riyadh is UTC+3: summitDay is 20:15 UTC.
            #expect(article["datePublished"] as? String == "2025-11-06T23:15:00+03:00")
            #expect(article["dateModified"] as? String == "2025-11-07T00:45:00+03:00")
            // The three shapes search engines ask for, each as large as the 1200 × 675 hero holds.
            let images = try #require(article["image"] as? [[String: Any]])
            let renditions = base + "/media/r/" + seeded.hero.hash + "/r1-"
            #expect(
                images.map { $0["url"] as? String } == [
                    renditions + "16x9-1200-a.jpg", renditions + "4x3-900-a.jpg", renditions + "1x1-675-a.jpg",
                ])
            #expect(images.map { $0["width"] as? Int } == [1200, 900, 675])
            #expect(images.map { $0["height"] as? Int } == [675, 675, 675])
            for image in images {
                #expect(image["@type"] as? String == "ImageObject")
                #expect(image["creditText"] as? String == "أ ف ب")
                #expect(image["caption"] as? String == "تعليق summit")
            }
            let authors = try #require(article["author"] as? [[String: Any]])
            #expect(authors.map { $0["@type"] as? String } == ["Person", "Person"])
            #expect(authors.map { $0["name"] as? String } == ["ليلى حداد", "عمر النجار"])
            #expect(authors.map { $0["url"] as? String } == [base + "/author/layla", base + "/author/omar"])
            let publisher = try #require(article["publisher"] as? [String: Any])
            #expect(publisher["@type"] as? String == "NewsMediaOrganization")
            #expect(publisher["name"] as? String == "صحيفة الاختبار")
            let logo = try #require(publisher["logo"] as? [String: Any])
            #expect(
                logo["@type"] as? String == "ImageObject" && (logo["url"] as? String)?.hasPrefix(base + "/") == true)
            #expect(article["articleSection"] as? String == "العالم")
            #expect(article["keywords"] as? [String] == ["واشنطن", "آسيا الوسطى"])
            #expect(article["inLanguage"] as? String == "ar")
            let page = try #require(article["mainEntityOfPage"] as? [String: Any])
            #expect(page["@type"] as? String == "WebPage" && page["@id"] as? String == url)

            let crumbs = try #require(blocks.first { $0["@type"] as? String == "BreadcrumbList" })
            let items = try #require(crumbs["itemListElement"] as? [[String: Any]])
            #expect(items.map { $0["position"] as? Int } == [1, 2, 3])
            #expect(items.map { $0["name"] as? String } == ["صحيفة الاختبار", "العالم", "قادة آسيا الوسطى في واشنطن"])
            #expect(items.map { $0["item"] as? String } == [base + "/", base + "/world", url])
        }
    }

    @Test("an article page has OpenGraph and Twitter cards and links its section's feeds")
    func socialCards() async throws {
        try await withSite(seed: Self.seed) { client, seeded in
            let base = "https://news.example"
            let html = try await client.execute(uri: seeded.article.path, method: .get).text
            #expect(Self.meta(html, "property", "og:type") == ["article"])
            #expect(Self.meta(html, "property", "og:title") == ["قادة آسيا الوسطى في واشنطن"])
            #expect(Self.meta(html, "property", "og:description") == ["لقاء في البيت الأبيض"])
            #expect(Self.meta(html, "property", "og:url") == [base + seeded.article.path])
            let card = base + "/media/r/" + seeded.hero.hash + "/r1-40x21-1200-a.jpg"
            #expect(Self.meta(html, "property", "og:image") == [card])
            #expect(Self.meta(html, "property", "og:image:type") == ["image/jpeg"])
            #expect(Self.meta(html, "property", "og:image:width") == ["1200"])
            #expect(Self.meta(html, "property", "og:image:height") == ["630"])
            #expect(Self.meta(html, "property", "article:published_time") == ["2025-11-06T23:15:00+03:00"])
            #expect(Self.meta(html, "property", "article:modified_time") == ["2025-11-07T00:45:00+03:00"])
            #expect(Self.meta(html, "property", "article:section") == ["العالم"])
            #expect(Self.meta(html, "property", "article:tag") == ["واشنطن", "آسيا الوسطى"])
            #expect(Self.meta(html, "name", "twitter:card") == ["summary_large_image"])
            #expect(Self.meta(html, "name", "twitter:title") == ["قادة آسيا الوسطى في واشنطن"])
            #expect(Self.meta(html, "name", "twitter:image") == [card])
            // The feeds carry the same card, its length unknown until it is made (RSS's 0).
            let rss = try await client.execute(uri: "/world/feed.xml", method: .get).text
            #expect(rss.contains("<enclosure url=\"\(card)\" length=\"0\" type=\"image/jpeg\"/>"))
            #expect(
                rss.contains(
                    "<media:content medium=\"image\" url=\"\(card)\" type=\"image/jpeg\" width=\"1200\" height=\"630\">"
                ))
            let atom = try await client.execute(uri: "/world/atom.xml", method: .get).text
            #expect(atom.contains("<link rel=\"enclosure\" type=\"image/jpeg\" href=\"\(card)\"/>"))
            for feed in [
                "/feed.xml", "/atom.xml", "/feed.json", "/world/feed.xml", "/world/atom.xml", "/world/feed.json",
            ] {
                #expect(
                    html.contains("<link rel=\"alternate\" type=\"application/")
                        && html.contains("href=\"\(base)\(feed)\""), "\(feed)")
            }
        }
    }

    @Test("the home page describes the site with a search box, and every page links the site's feeds")
    func website() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let html = try await client.execute(uri: "/", method: .get).text
            let website = try #require(try Self.structuredData(in: html).first { $0["@type"] as? String == "WebSite" })
            #expect(website["name"] as? String == "صحيفة الاختبار")
            #expect(website["url"] as? String == "https://news.example/")
            #expect(website["inLanguage"] as? String == "ar")
            let action = try #require(website["potentialAction"] as? [String: Any])
            #expect(action["@type"] as? String == "SearchAction")
            let target = try #require(action["target"] as? [String: Any])
            #expect(target["urlTemplate"] as? String == "https://news.example/search?q={search_term_string}")
            #expect(action["query-input"] as? String == "required name=search_term_string")
            #expect(Self.meta(html, "property", "og:type") == ["website"])
            for path in ["/", "/economy", "/tag/" + "x", "/search?q=قمة", "/no-such-section"] {
                let page = try await client.execute(uri: path, method: .get).text
                #expect(
                    page.contains(
                        "type=\"application/rss+xml\" title=\"صحيفة الاختبار (RSS)\" href=\"https://news.example/feed.xml\""
                    ), "\(path)")
                #expect(page.contains("type=\"application/atom+xml\""), "\(path)")
                #expect(page.contains("type=\"application/feed+json\""), "\(path)")
            }
        }
    }

    @Test("text that could close a script element stays inside the JSON-LD")
    func scriptSafety() async throws {
        try await withSite(seed: { newsroom, _ in
            try await newsroom.publish(
                ArticleDraft(
                    headline: "عنوان </script><script>alert(1)</script>", summary: "ملخص & <b>", sectionSlug: "world"),
                at: summitDay
            )
        }) { client, article in
            let html = try await client.execute(uri: article.path, method: .get).text
            #expect(!html.contains("<script>alert(1)"))
            let data = try #require(try Self.structuredData(in: html).first { $0["@type"] as? String == "NewsArticle" })
            #expect(data["headline"] as? String == "عنوان </script><script>alert(1)</script>")
            #expect(data["description"] as? String == "ملخص & <b>")
        }
    }
}
