import Foundation
import GRDB
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

@testable import SahifaSQLite

/// Bodies saved before pictures had renditions kept `<img src="/media/HASH.jpg">`, which
/// made every reader download the camera original through a redirect. The upgrade queues
/// them and a job renders them again; both stores do it the same way.
@Suite("Bodies rendered again after an upgrade")
struct StaleBodiesContractTests {
    static let oldFigure = "<figure class=\"body-image\"><img src=\"/media/%@.jpg\" alt=\"صورة\"></figure>"

    @Test(
        "an upgrade gives an old article's and an old page's pictures their renditions, and says which pages changed",
        arguments: StoreBackend.inThisRun)
    func upgrade(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let picture = try await newsroom.picture("b1")
            let article = try await newsroom.publish(
                ArticleDraft(
                    headline: "مرفأ يعود إلى العمل", bodyMarkdown: "عادت السفن.\n\n[[image:\(picture.hash)]]",
                    sectionSlug: "world"),
                at: summitDay)
            let page = try #require(
                try await newsroom.store.saveStaticPage(
                    id: nil,
                    StaticPageDraft(
                        slug: "about", title: "من نحن", bodyMarkdown: "[[image:\(picture.hash)]]", isPublished: true,
                        menuPosition: nil),
                    at: summitDay))
            let old = String(format: Self.oldFigure, picture.hash)
            try await Self.execute(["UPDATE article_bodies SET html = '<p>عادت السفن.</p>\n\(old)'"], in: newsroom)
            try await Self.execute(["UPDATE static_pages SET body_html = '\(old)'"], in: newsroom)
            try await Self.undoMigration(in: newsroom)
            try await newsroom.store.migrate()

            let recorder = NewsChangeContractTests.recording(newsroom.store)
            #expect(try await newsroom.store.renderStaleBodies(limit: 10) == 2)
            #expect(try await newsroom.store.renderStaleBodies(limit: 10) == 0)

            let html = try #require(try await newsroom.store.article(id: article.id)).body.html.html
            #expect(html.hasPrefix("<p>عادت السفن.</p>\n<figure class=\"body-image\"><picture>"))
            #expect(html.contains("/media/r/\(picture.hash)/"))
            #expect(!html.contains("/media/\(picture.hash).jpg"))
            let pageHTML = try #require(try await newsroom.store.staticPages().first { $0.id == page.id }).body.html
                .html
            #expect(pageHTML.contains("<picture>"))
            #expect(!pageHTML.contains("/media/\(picture.hash).jpg"))
            #expect(
                recorder.take().flatMap(\.dependencies).sorted { $0.surrogateKey < $1.surrogateKey } == [
                    .article(article.id), .site,
                ])
        }
    }

    @Test(
        "a body whose picture is gone from the library keeps the HTML it had and leaves the queue; a reindex queues every body",
        arguments: StoreBackend.inThisRun)
    func pictureGone(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(headline: "خبر بلا صورة", bodyMarkdown: "سطر واحد.", sectionSlug: "world"), at: summitDay)
            let kept = "<p>سطر واحد.</p>\n" + String(format: Self.oldFigure, "gone")
            try await Self.execute(
                [
                    "UPDATE article_bodies SET html = '\(kept)', markdown = 'سطر واحد.\n\n[[image:gone]]'",
                    "INSERT INTO stale_bodies (owner, id) VALUES ('article', \(article.id.rawValue))",
                ], in: newsroom)
            #expect(try await newsroom.store.renderStaleBodies(limit: 10) == 1)
            #expect(try await newsroom.store.renderStaleBodies(limit: 10) == 0)
            #expect(try #require(try await newsroom.store.article(id: article.id)).body.html.html == kept)

            try await newsroom.store.reindex(queueingRelatedNews: false) { _, _ in }
            #expect(try await newsroom.store.renderStaleBodies(limit: 10) == 1)
        }
    }

    /// Takes the store back to before the migration that queues old bodies, as a site that
    /// has not yet upgraded.
    static func undoMigration(in newsroom: TestNewsroom) async throws {
        let record = newsroom.store is SQLiteNewsStore ? "grdb_migrations" : "schema_migrations"
        try await execute(
            [
                "DROP TABLE stale_bodies",
                "DELETE FROM \(record) WHERE identifier = '2026-12-10 bodies rendered with renditions'",
            ], in: newsroom)
    }

    /// Runs statements straight on the newsroom's database, outside the store's rules.
    static func execute(_ statements: [String], in newsroom: TestNewsroom) async throws {
        if let sqlite = newsroom.store as? SQLiteNewsStore {
            try await sqlite.pool.write { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        } else {
            for statement in statements { try await TestDatabases.execute(statement, on: newsroom.database) }
        }
    }
}
