import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

@testable import SahifaWordPress

@Suite("Importing a WordPress site")
struct WordPressImportTests {
    static let home = "https://old.example.com"

    @Test("posts come across in every status; the trashed one is skipped and counted")
    func statuses() async throws {
        try await TestNewsroom.with { newsroom in
            let report = try await Fixture.importing("statuses.xml", into: newsroom)
            #expect(report.articles.added == 6)
            #expect(report.skipped["post in status trash"] == 1)
            #expect(report.comments == 2)
            let lines = try await newsroom.store.newsroomArticles(
                ArticleFilter(), page: PageRequest(number: 1, size: 50))
            var statuses: [ArticleStatus: Int] = [:]
            for line in lines.items { statuses[line.status, default: 0] += 1 }
            #expect(statuses == [.published: 2, .draft: 1, .inReview: 1, .unpublished: 1, .scheduled: 1])
            let scheduled = try #require(lines.items.first { $0.status == .scheduled })
            #expect(scheduled.publishedAt == Date(timeIntervalSince1970: 1_894_687_200))  // 2030-01-15 06:00 UTC
            #expect(try await newsroom.store.article(sourceID: "\(Self.home)/?p=16") == nil)
            #expect(!lines.items.contains { $0.headline.contains("__trashed") })
        }
    }

    @Test("a post keeps its primary category as section, its tags, byline, hero with credit and search fields")
    func wholeStory() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("statuses.xml", into: newsroom)
            let teaser = try #require(try await newsroom.store.article(sourceID: "\(Self.home)/?p=11"))
            let article = try #require(try await newsroom.store.article(id: teaser.id))
            #expect(article.slug == "افتتاح-رصيف-جديد-في-ميناء-جدة")
            #expect(article.section.slug == "gulf")
            #expect(article.summary == "دشنت إدارة الميناء رصيفاً بطول 800 متر يرفع الطاقة الاستيعابية بنحو الربع.")
            #expect(Set(article.tags.map(\.name)) == ["الموانئ", "النقل البحري", "أخبار"])
            #expect(article.authors.map(\.name) == ["رامي خليل"])
            #expect(article.heroImage?.alt == "رافعات حاويات زرقاء على رصيف ميناء جدة")
            #expect(article.heroImage?.caption == "رافعات الحاويات على الرصيف الجديد في ميناء جدة")
            #expect(article.heroImage?.credit == "أ ف ب")
            #expect(article.seo.title?.contains("%%") == false)
            #expect(article.seo.title?.hasPrefix("افتتاح رصيف جديد في ميناء جدة") == true)
            #expect(article.publishedAt == Date(timeIntervalSince1970: 1_778_405_400))  // 2026-05-10 09:30 UTC
        }
    }

    @Test("authors become bylines and writers' accounts that no password opens")
    func writers() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("statuses.xml", into: newsroom)
            let page = try await newsroom.store.authorPage(
                slug: "r-khalil", page: PageRequest(number: 1, size: 10), at: Date())
            #expect(page?.subject.name == "رامي خليل")
            let account = try #require(try await newsroom.store.credentials(email: "r.khalil@example.com"))
            #expect(account.account.role == .writer)
            #expect(!account.passwordHash.hasPrefix("$2"))
        }
    }

    @Test("pages become static pages, and every old address of a post, page and category leads to its new one")
    func oldAddresses() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("statuses.xml", into: newsroom)
            let store = newsroom.store
            let article = try #require(try await store.article(sourceID: "\(Self.home)/?p=11"))
            #expect(try await store.redirectTarget(for: "/افتتاح-رصيف-جديد-في-ميناء-جدة") == article.path)
            #expect(try await store.redirectTarget(for: "/رصيف-جديد-في-جدة") == article.path)
            #expect(try await store.redirectTarget(for: "/?p=11") == article.path)
            #expect(try await store.redirectTarget(for: "/?p=18") == "")
            #expect(try await store.redirectTarget(for: "/?p=14") == nil)
            #expect(try await store.redirectTarget(for: "/about/contact") == "/pages/contact")
            #expect(try await store.redirectTarget(for: "/?page_id=5") == "/pages/about")
            #expect(try await store.redirectTarget(for: "/category/news/gulf") == "/gulf")
            #expect(
                try await store.redirectTarget(for: "/wp-content/uploads/2026/05/harbour.jpg")
                    == article.heroImage.map { "/media/r/\($0.hash)/r1-o-\(min($0.width, 1920))-a.jpg" })
            let contact = try #require(try await store.staticPage(slug: "contact", at: Date()))
            #expect(contact.page.title == "اتصل بنا")
        }
    }

    @Test("a scheduled post's old address leads to where it goes out, and readers find it there once it has")
    func scheduledAddresses() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("statuses.xml", into: newsroom)
            let store = newsroom.store
            // WordPress gives a post its pretty permalink only when it goes out; `?p=` is its one address.
            let target = try #require(try await store.redirectTarget(for: "/?p=17"))
            #expect(try await store.article(sourceID: "\(Self.home)/?p=17") == nil)
            // 2030-01-15 06:00 UTC is the post's time in the export.
            _ = try await store.publishDueArticles(at: Date(timeIntervalSince1970: 1_894_687_200))
            let published = try #require(try await store.article(sourceID: "\(Self.home)/?p=17"))
            #expect(published.path == target)
            #expect(target.hasPrefix("/gulf/"))
        }
    }

    @Test("importing the same export again changes nothing and says so")
    func idempotent() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("statuses.xml", into: newsroom)
            let again = try await Fixture.importing("statuses.xml", into: newsroom)
            #expect(again.changedNothing)
            #expect(again.articles.unchanged == 6)
        }
    }

    @Test(
        "an export too big to keep from the first reading is read again and comes across the same",
        arguments: ["statuses.xml", "bodies.xml"], [0, 2_000])
    func readTwice(export: String, keptBodyBytes: Int) async throws {
        try await TestNewsroom.with { newsroom in
            let first = try await Fixture.importing(export, into: newsroom, keptBodyBytes: keptBodyBytes)
            #expect(first.articles.added > 0)
            // Kept whole, the same export must find every article exactly as the two readings wrote it.
            let again = try await Fixture.importing(export, into: newsroom)
            #expect(again.changedNothing)
            #expect(again.articles.unchanged == first.articles.added)
            #expect(again.warnings == first.warnings)
        }
    }

    @Test("dated permalinks keep their month from local time, and old slugs redirect under the same structure")
    func datedPermalinks() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("dated-permalinks.xml", into: newsroom)
            let store = newsroom.store
            let metro = try #require(try await store.article(sourceID: "\(Self.home)/?p=102"))
            #expect(try await store.redirectTarget(for: "/2026/05/metro-ridership-april") == metro.path)
            let library = try #require(try await store.article(sourceID: "\(Self.home)/?p=103"))
            #expect(try await store.redirectTarget(for: "/2026/06/تمديد-ساعات-عمل-المكتبات-العامة") == library.path)
        }
    }

    @Test("a WXR 1.1 export with /archives/ID permalinks imports the same way")
    func archivesByID() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("wxr-1.1.xml", into: newsroom)
            let article = try #require(try await newsroom.store.article(sourceID: "\(Self.home)/?p=15"))
            #expect(article.headline == "مؤشر S&P 500 يسجل مكاسب أسبوعية \"قوية\"")
            #expect(try await newsroom.store.redirectTarget(for: "/archives/15") == article.path)
        }
    }

    @Test("two posts with the same slug both come across, each at its own address")
    func sameSlug() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Fixture.importing("duplicate-slugs.xml", into: newsroom)
            let first = try #require(try await newsroom.store.article(sourceID: "\(Self.home)/?p=201"))
            let second = try #require(try await newsroom.store.article(sourceID: "\(Self.home)/?p=202"))
            #expect(first.path != second.path)
            #expect(try await newsroom.store.redirectTarget(for: "/sport/حصاد-الأسبوع") == first.path)
            #expect(try await newsroom.store.redirectTarget(for: "/economy/حصاد-الأسبوع") == second.path)
        }
    }

    @Test("a missing or broken picture file leaves the post without it and a warning with the item's id")
    func missingPictures() async throws {
        try await TestNewsroom.with { newsroom in
            let report = try await Fixture.importing("missing-media.xml", into: newsroom)
            #expect(report.articles.added == 1)
            #expect(report.picturesMissing == 2)
            #expect(report.warnings.contains { $0.hasPrefix("attachment 402:") })
            #expect(report.warnings.contains { $0.hasPrefix("attachment 403:") && $0.contains("not a JPEG") })
            let teaser = try #require(try await newsroom.store.article(sourceID: "\(Self.home)/?p=401"))
            #expect(teaser.heroImage == nil)
        }
    }

    @Test("a byline named twice, or naming an author the site lacks, is written once or left out, not refused")
    func bylines() async throws {
        try await TestNewsroom.with { newsroom in
            var site = SiteImport()
            site.sections = [SiteImport.ImportedSection(slug: "news", name: "أخبار", parentSlug: nil)]
            site.writers = [SiteImport.ImportedWriter(authorSlug: "r-khalil", name: "رامي خليل", bio: "", email: nil)]
            _ = try await newsroom.store.importSite(site, at: Date())
            let report = try await newsroom.store.importArticles(
                [
                    ImportedArticle(
                        sourceID: "old:1", headline: "خبر بكاتبين", summary: "", bodyText: "", sectionSlug: "news",
                        sectionName: "أخبار", publishedAt: Date(timeIntervalSince1970: 1_780_000_000),
                        bodyMarkdown: "نص الخبر.", authorSlugs: ["r-khalil", "r-khalil", "nobody"])
                ], at: Date())
            #expect(report.added == 1)
            let teaser = try #require(try await newsroom.store.article(sourceID: "old:1"))
            #expect(try await newsroom.store.article(id: teaser.id)?.authors.map(\.name) == ["رامي خليل"])
        }
    }
}
