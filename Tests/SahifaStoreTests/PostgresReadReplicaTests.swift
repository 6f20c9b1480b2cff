import Foundation
import SahifaCore
import SahifaPostgres
import SahifaStore
import SahifaTestSupport
import Testing

/// With a read replica, reader pages and search read from it while the newsroom and every
/// write use the primary. A second database that receives nothing stands for a replica
/// that has not caught up, so each read shows which server answered it.
@Suite("PostgreSQL read replica", .enabled(if: StoreBackend.underTest == .postgres))
struct PostgresReadReplicaTests {
    @Test("reader pages and search read the replica; the newsroom and writes use the primary")
    func readsGoWhereTheyShould() async throws {
        try await Self.withLaggingReplica { store, primaryURL in
            _ = try await store.createSection(slug: "world", name: "العالم")
            let draft = ArticleDraft(headline: "خبر على الخادم الرئيسي", summary: "موجز", sectionSlug: "world")
            let created = try await store.createArticle(draft, at: summitDay)
            let published = try await store.publishArticle(id: created.id, at: summitDay)

            #expect(try await store.article(id: published.id)?.status == .published)
            #expect(try await store.articlePage(id: published.id, at: summitDay) == nil)
            #expect(
                try await store.sectionPage(slug: "world", page: PageRequest(number: 1, size: 10), at: summitDay)
                    == nil)
            let query = try #require(SearchQuery("الرئيسي"))
            let results = try await store.search(
                SearchRequest(query: query, page: PageRequest(number: 1, size: 10)), at: summitDay
            )
            #expect(results.hits.totalCount == 0)

            let direct = try await PostgresNewsStore(url: primaryURL, poolSize: 2)
            defer { direct.close() }
            #expect(
                try await direct.articlePage(id: published.id, at: summitDay)?.article.headline == draft.headline)
        }
    }

    @Test("the newsroom's pages show settings and ticker lines just saved, though the replica has not caught up")
    func newsroomSeesItsOwnSaves() async throws {
        try await Self.withLaggingReplica { store, _ in
            var settings = SiteSettings.initial
            settings.name = "صحيفة بعد الحفظ"
            try await store.saveSettings(settings)
            let line = try await store.postBreakingItem(
                text: "سطر عاجل للتو", articleID: nil, startsAt: summitDay, expiresAt: nil)

            let newsroom = try await store.newsroomChrome(at: summitDay)
            #expect(newsroom.settings.name == "صحيفة بعد الحفظ")
            #expect(newsroom.breaking.map(\.id) == [line.id])
            let readers = try await store.siteChrome(at: summitDay)
            #expect(readers.settings.name != "صحيفة بعد الحفظ")
            #expect(readers.breaking.isEmpty)
        }
    }

    /// A store on a new primary whose read replica is a second new database that receives
    /// nothing: a replica that has not caught up. `body` gets the store and the primary's address.
    private static func withLaggingReplica(_ body: (PostgresNewsStore, String) async throws -> Void) async throws {
        try await TestDatabases.withDatabase { primaryURL in
            try await TestDatabases.withDatabase { replicaURL in
                let replica = try await PostgresNewsStore(url: replicaURL, poolSize: 2)
                defer { replica.close() }
                try await replica.migrate()
                let store = try await PostgresNewsStore(url: primaryURL, readReplicaURL: replicaURL, poolSize: 2)
                defer { store.close() }
                try await store.migrate()
                try await body(store, primaryURL)
            }
        }
    }
}
