import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

@Suite("HTTP caching and invalidation")
struct HTTPCachingTests {
    static let cacheHeader = HTTPField.Name("Sahifa-Cache")!
    static let surrogateKey = HTTPField.Name("Surrogate-Key")!

    /// An economy story about oil (tagged الطاقة, by Omar) and a world story about football
    /// (by Layla) that shares no words with it, with related news worked out beforehand so no
    /// background job changes a page during the test.
    static func seed(_ newsroom: TestNewsroom) async throws -> (oil: Article, football: Article) {
        _ = try await newsroom.seedBasics()
        let oil = try await newsroom.publish(
            ArticleDraft(
                headline: "أسعار النفط ترتفع", summary: "برميل برنت يصعد", bodyMarkdown: "صعدت عقود الخام.",
                sectionSlug: "economy", tagNames: ["الطاقة"], authorSlugs: ["omar"]
            ),
            at: Date().addingTimeInterval(-3600)
        )
        let football = try await newsroom.publish(
            ArticleDraft(
                headline: "المنتخب يفوز بالمباراة", summary: "هدفان في الشوط الثاني",
                bodyMarkdown: "سجل المهاجم مرتين.",
                sectionSlug: "world", authorSlugs: ["layla"]
            ),
            at: Date().addingTimeInterval(-7200)
        )
        while try await newsroom.store.refreshRelatedNews(limit: 100) > 0 {}
        return (oil, football)
    }

    static func withCachedSite(
        _ body: @Sendable (any TestClientProtocol, TestNewsroom, Article, Article) async throws -> Void
    ) async throws {
        try await TestNewsroom.with { newsroom in
            let (oil, football) = try await seed(newsroom)
            // Related news is worked out now, so the server's background job finds nothing to
            // change (and no cached page to drop) while a test compares two answers.
            while try await newsroom.store.refreshRelatedNews(limit: 100) > 0 {}
            let app = try await makeApplication(for: newsroom)
            try await app.test(.router) { client in try await body(client, newsroom, oil, football) }
        }
    }

    @Test("after an edit every page showing the article has the new text at once; other pages stay cached")
    func editInvalidatesExactly() async throws {
        try await Self.withCachedSite { client, newsroom, oil, football in
            let tagPath = try #require(oil.tags.first?.path)
            let affected = [
                oil.path, "/", "/economy", tagPath, "/author/omar", "/feed.xml", "/economy/atom.xml",
                "/author/omar/feed.json", tagPath + "/feed.xml",
            ]
            let unaffected = [football.path, "/world", "/author/layla", "/world/feed.xml"]
            for path in affected + unaffected {
                let first = try await client.execute(uri: path, method: .get)
                #expect(first.status == .ok, "\(path)")
                let second = try await client.execute(uri: path, method: .get)
                #expect(second.headers[Self.cacheHeader] == "hit", "\(path) is not kept")
            }
            var draft = ArticleDraft(
                headline: "أسعار النفط تقفز إلى أعلى مستوى", summary: "برميل برنت يصعد",
                bodyMarkdown: "صعدت عقود الخام.",
                sectionSlug: "economy", tagNames: ["الطاقة"], authorSlugs: ["omar"]
            )
            draft.slug = oil.slug
            _ = try await newsroom.store.updateArticle(id: oil.id, with: draft, at: Date())
            for path in affected {
                let response = try await client.execute(uri: path, method: .get)
                #expect(
                    response.text.contains("أسعار النفط تقفز إلى أعلى مستوى"), "\(path) still shows the old headline")
                #expect(response.headers[Self.cacheHeader] == "miss", "\(path)")
            }
            for path in unaffected {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.headers[Self.cacheHeader] == "hit", "\(path) was dropped by an edit it does not show")
            }
        }
    }

    @Test("publishing a story drops the lists it enters and the home page, and a breaking item drops every page")
    func publishAndBreaking() async throws {
        try await Self.withCachedSite { client, newsroom, oil, football in
            for path in ["/", "/economy", "/world", oil.path, football.path] {
                _ = try await client.execute(uri: path, method: .get)
            }
            _ = try await newsroom.publish(
                ArticleDraft(headline: "بيانات التضخم الجديدة", summary: "الأسعار", sectionSlug: "economy"), at: Date()
            )
            #expect(try await client.execute(uri: "/", method: .get).text.contains("بيانات التضخم الجديدة"))
            #expect(try await client.execute(uri: "/economy", method: .get).text.contains("بيانات التضخم الجديدة"))
            #expect(try await client.execute(uri: "/world", method: .get).headers[Self.cacheHeader] == "hit")
            _ = try await newsroom.store.postBreakingItem(
                text: "انقطاع الكهرباء في العاصمة", articleID: nil, startsAt: Date(), expiresAt: nil)
            for path in ["/world", oil.path, football.path] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.text.contains("انقطاع الكهرباء في العاصمة"), "\(path)")
            }
        }
    }

    @Test("pages and feeds carry validators, cache lifetimes and surrogate keys, and answer 304 when unchanged")
    func validators() async throws {
        try await Self.withCachedSite { client, _, oil, _ in
            let tag = oil.tags.first?.id ?? 0
            let pages = [
                oil.path, "/", "/economy", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml", "/news-sitemap.xml",
            ]
            for path in pages + ["/search?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7"] {
                let response = try await client.execute(uri: path, method: .get)
                let etag = try #require(response.headers[.eTag], "\(path)")
                let lastModified = try #require(response.headers[.lastModified], "\(path)")
                #expect(
                    response.headers[.cacheControl]
                        == "public, max-age=30, s-maxage=300, stale-while-revalidate=30, stale-if-error=86400",
                    "\(path)"
                )
                let unchanged = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag])
                #expect(unchanged.status == .notModified && unchanged.body.readableBytes == 0, "\(path)")
                #expect(unchanged.headers[.eTag] == etag)
                let notModifiedSince = try await client.execute(
                    uri: path, method: .get, headers: [.ifModifiedSince: lastModified])
                #expect(notModifiedSince.status == .notModified, "\(path)")
                let older = try await client.execute(
                    uri: path, method: .get, headers: [.ifModifiedSince: "Thu, 01 Jan 2015 00:00:00 GMT"]
                )
                #expect(older.status == .ok, "\(path)")
                let otherTag = try await client.execute(
                    uri: path, method: .get, headers: [.ifNoneMatch: "\"something-else\""])
                #expect(otherTag.status == .ok, "\(path)")
            }
            let article = try await client.execute(uri: oil.path, method: .get)
            let keys = Set((article.headers[Self.surrogateKey] ?? "").split(separator: " ").map(String.init))
            #expect(keys.isSuperset(of: ["article-\(oil.id.rawValue)", "breaking", "site"]))
            #expect(article.headers[HTTPField.Name("Cache-Tag")!]?.contains("article-\(oil.id.rawValue)") == true)
            let section = try await client.execute(uri: "/economy", method: .get)
            #expect(section.headers[Self.surrogateKey]?.contains("section-\(oil.section.id)") == true)
            let tagPage = try await client.execute(uri: try #require(oil.tags.first?.path), method: .get)
            #expect(tagPage.headers[Self.surrogateKey]?.contains("tag-\(tag)") == true)
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.headers[Self.surrogateKey]?.split(separator: " ").contains("home") == true)
            let stylesheet = try #require(home.text.firstMatch(of: /href="(\/assets\/site\.[0-9a-f]+\.css)"/)?.1)
            let asset = try await client.execute(uri: String(stylesheet), method: .get)
            #expect(asset.headers[.cacheControl] == "public, max-age=31536000, immutable")
        }
    }
}

@Suite("Changes made by another process")
struct ChangesFromElsewhereTests {
    @Test("a page cached here follows a write that another process made to the same database")
    func otherProcess() async throws {
        try await HTTPCachingTests.withCachedSite { client, newsroom, oil, _ in
            _ = try await client.execute(uri: "/economy", method: .get)
            #expect(
                try await client.execute(uri: "/economy", method: .get).headers[HTTPCachingTests.cacheHeader] == "hit")
            // A store with its own announcer stands for `sahifa import` run from the shell.
            let elsewhere = try await newsroom.openAnotherStore(changes: NewsChanges())
            let created = try await elsewhere.createArticle(
                ArticleDraft(headline: "خبر من عملية أخرى", summary: "س", sectionSlug: "economy"), at: Date()
            )
            _ = try await elsewhere.publishArticle(id: created.id, at: Date())
            let deadline = ContinuousClock.now + .seconds(10)
            var page = ""
            while !page.contains("خبر من عملية أخرى"), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(50))
                page = try await client.execute(uri: "/economy", method: .get).text
            }
            #expect(page.contains("خبر من عملية أخرى"))
            #expect(page.contains(oil.headline))
        }
    }
}
