import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Old addresses, static pages and the redirect manager")
struct OldAddressTests {
    static let password = NewsroomAPITests.password

    /// A published story, an imported site's old addresses for it, one removed post, a static page, and an admin.
    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Article = { newsroom, basics in
        let story = try await newsroom.publish(
            ArticleDraft(headline: "افتتاح جسر جديد", bodyMarkdown: "نص الخبر.", sectionSlug: basics.world.slug),
            at: summitDay)
        var site = SiteImport()
        site.redirects = [
            ("/افتتاح-جسر", story.path), ("/?p=12", story.path), ("/حذف", ""), ("/category/world", "/world"),
            ("/2026/\(story.id.rawValue)/old-story", "/world"),
        ].map { ImportedRedirect(from: $0.0, to: $0.1) }
        site.pages = [
            ImportedPage(
                sourceID: "old:5", slug: "about", title: "من نحن", bodyMarkdown: "صحيفة تصدر من الرياض.", pictures: [],
                isPublished: true, menuPosition: 1, createdAt: summitDay, updatedAt: summitDay)
        ]
        site.writers = [
            SiteImport.ImportedWriter(authorSlug: "r-khalil", name: "رامي خليل", bio: "", email: "r.khalil@example.org")
        ]
        _ = try await newsroom.store.importSite(site, at: summitDay)
        _ = try await newsroom.store.createAccount(
            NewAccount(email: "admin@example.org", name: "المدير", role: .admin, password: password),
            passwordHash: try await PasswordHasher(cost: 4).hash(password), at: summitDay, onlyIfFirst: false)
        return story
    }

    @Test("an old address answers one 301 however it is spelled, and its list's pages and feed follow it")
    func redirects() async throws {
        try await withSite(seed: Self.seed) { client, story in
            // Upper-case escapes and a trailing slash, where the table holds the decoded form.
            let encoded = "/" + PercentEncoding.encodePathSegment("افتتاح-جسر") + "/"
            for path in [encoded, "/?p=12", "/?p=12&utm_source=x"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .movedPermanently, "\(path)")
                #expect(response.headers[.location] == story.path, "\(path)")
            }
            let paged = try await client.execute(uri: "/category/world/page/3/", method: .get)
            #expect(paged.headers[.location] == "/world?page=3")
            let feed = try await client.execute(uri: "/category/world/feed/", method: .get)
            #expect(feed.headers[.location] == "/world/feed.xml")
            let rootFeed = try await client.execute(uri: "/feed/", method: .get)
            #expect(rootFeed.headers[.location] == "/feed.xml")
            let article = try await client.execute(uri: story.path, method: .get)
            #expect(article.status == .ok)
            // An old dated permalink whose month is this article's number.
            let dated = try await client.execute(uri: "/2026/\(story.id.rawValue)/old-story", method: .get)
            #expect(dated.headers[.location] == "/world")
            let unknown = try await client.execute(uri: "/2026/\(story.id.rawValue)/other-story", method: .get)
            #expect(unknown.status == .notFound)
        }
    }

    @Test("a post removed on purpose answers 410 in Arabic; an unknown old item is not found")
    func goneAndMissing() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let gone = try await client.execute(uri: "/" + PercentEncoding.encodePathSegment("حذف") + "/", method: .get)
            #expect(gone.status == .gone)
            #expect(gone.text.contains("أُزيلت هذه الصفحة"))
            let unknown = try await client.execute(uri: "/?p=999", method: .get)
            #expect(unknown.status == .notFound)
            let home = try await client.execute(uri: "/?page=1", method: .get)
            #expect(home.status == .ok)
        }
    }

    @Test("a static page has its own address inside the site's frame, in the footer menu and the sitemap")
    func staticPage() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let page = try await client.execute(uri: "/pages/about", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1 class=\"headline\">من نحن</h1>"))
            #expect(page.text.contains("صحيفة تصدر من الرياض."))
            #expect(try await client.execute(uri: "/pages/missing", method: .get).status == .notFound)
            let home = try await client.execute(uri: "/", method: .get)
            #expect(
                home.text.contains(
                    "<nav class=\"footer-pages\" aria-label=\"صفحات الموقع\"><ul><li><a href=\"/pages/about\">من نحن</a>"
                ))
            let sitemap = try await client.execute(uri: "/sitemaps/sections.xml", method: .get)
            #expect(sitemap.text.contains("https://news.example/pages/about"))
        }
    }

    @Test("an admin lists, searches, adds and removes redirects; a refused one keeps what was typed")
    func manager() async throws {
        try await withSite(seed: Self.seed) { client, story in
            let browser = try await NewsroomBrowser.signedIn(
                client, email: "admin@example.org", password: Self.password)
            let list = try await browser.get("/newsroom/admin/redirects?q=category")
            #expect(list.status == .ok)
            #expect(list.text.contains("/category/world"))
            #expect(!list.text.contains("/?p=12"))
            let looping = try await browser.post(
                "/newsroom/admin/redirects", [("from", "/old-story/"), ("to", "/old-story")])
            #expect(looping.status == .badRequest)
            #expect(looping.text.contains("سيدور القارئ في حلقة"))
            #expect(looping.text.contains("value=\"/old-story/\""))
            let served = try await browser.post("/newsroom/admin/redirects", [("from", "/world"), ("to", "/search")])
            #expect(served.status == .badRequest)
            #expect(served.text.contains("يخدم الموقع هذا العنوان بنفسه"))
            _ = try await browser.get("/newsroom/admin/redirects")
            let added = try await browser.post(
                "/newsroom/admin/redirects", [("from", "/old-story/"), ("to", story.path)])
            #expect(added.status == .seeOther)
            #expect(try await client.execute(uri: "/old-story", method: .get).headers[.location] == story.path)
            let page = try await browser.get("/newsroom/admin/redirects?q=old-story")
            let id = try #require(
                page.text.range(of: "/newsroom/admin/redirects/").map {
                    String(page.text[$0.upperBound...].prefix { $0.isNumber })
                })
            let removed = try await browser.post("/newsroom/admin/redirects/\(id)/remove", [])
            #expect(removed.status == .seeOther)
            #expect(try await client.execute(uri: "/old-story", method: .get).status == .notFound)
        }
    }

    @Test("API v1 lists, adds and removes redirects for an admin's token, with stable error codes")
    func api() async throws {
        try await withSite(seed: Self.seed) { client, story in
            let token = try await NewsroomAPITests.token(client, email: "admin@example.org", scopes: ["read", "write"])
            let listed = try await NewsroomAPITests.call(client, .get, "/api/v1/redirects?q=p=12", token: token)
            #expect(listed.status == .ok)
            #expect(listed.body["total"] as? Int == 1)
            let added = try await NewsroomAPITests.call(
                client, .post, "/api/v1/redirects", token: token, json: "{\"from\":\"/old/\",\"to\":\"\(story.path)\"}")
            #expect(added.status == .created)
            #expect(added.body["from"] as? String == "/old")
            let taken = try await NewsroomAPITests.call(
                client, .post, "/api/v1/redirects", token: token, json: "{\"from\":\"/old\",\"to\":\"/world\"}")
            #expect(taken.status == .badRequest)
            #expect((taken.body["error"] as? [String: Any])?["code"] as? String == "invalid_redirect")
            let arabic = try await NewsroomAPITests.call(
                client, .post, "/api/v1/redirects", token: token, json: "{\"from\":\"/من-نحن\",\"to\":\"/pages/عنا\"}")
            #expect(arabic.status == .created)
            #expect(arabic.body["to"] as? String == "/pages/%D8%B9%D9%86%D8%A7")
            let id = try #require(added.body["id"] as? Int)
            let removed = try await NewsroomAPITests.call(client, .delete, "/api/v1/redirects/\(id)", token: token)
            #expect(removed.status == .noContent)
            let anonymous = try await NewsroomAPITests.call(client, .get, "/api/v1/redirects", token: nil)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("an admin writes and edits static pages and orders the footer; a refused save keeps every field")
    func staticPageEditor() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let browser = try await NewsroomBrowser.signedIn(
                client, email: "admin@example.org", password: Self.password)
            _ = try await browser.get("/newsroom/admin/pages")
            let refused = try await browser.post(
                "/newsroom/admin/pages",
                [
                    ("title", " "), ("slug", "about"), ("body", "نص سياسة الخصوصية"), ("menu_position", "0"),
                    ("published", "1"),
                ])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("اكتب عنوان الصفحة."))
            #expect(refused.text.contains("اكتب رقماً من 1 إلى 1000"))
            #expect(refused.text.contains("نص سياسة الخصوصية</textarea>"))
            let taken = try await browser.post(
                "/newsroom/admin/pages",
                [("title", "عنا"), ("slug", "about"), ("body", "نص"), ("menu_position", ""), ("published", "1")])
            #expect(taken.status == .badRequest)
            #expect(taken.text.contains("لصفحة أخرى هذا الرابط."))
            let saved = try await browser.post(
                "/newsroom/admin/pages",
                [
                    ("title", "سياسة الخصوصية"), ("slug", "privacy"), ("body", "لا نبيع بيانات القراء."),
                    ("menu_position", "2"), ("published", "1"),
                ])
            #expect(saved.status == .seeOther)
            let home = try await client.execute(uri: "/", method: .get)
            let about = try #require(home.text.offset(of: "/pages/about"))
            let privacy = try #require(home.text.offset(of: "/pages/privacy"))
            #expect(about < privacy)
            let page = try await client.execute(uri: "/pages/privacy", method: .get)
            #expect(page.text.contains("لا نبيع بيانات القراء."))
        }
    }

    @Test("an imported writer's account opens with no password until one is set, and is refused plainly")
    func importedWriterCannotSignIn() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            for password in ["", "!", Self.password] {
                let browser = NewsroomBrowser(client)
                _ = try await browser.get("/newsroom/login")
                let refused = try await browser.post(
                    "/newsroom/login", [("email", "r.khalil@example.org"), ("password", password)])
                #expect(refused.status == .unauthorized, "\(password)")
            }
        }
    }
}
