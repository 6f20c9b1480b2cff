import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

/// What the PostgreSQL store does when its server fails it: a write cut off halfway leaves
/// nothing. (A server that stops answering is tested end to end, in
/// Tests/EndToEnd/test_database_restart.py; issue 6's note says why not here.)
@Suite("PostgreSQL faults", .enabled(if: StoreBackend.underTest == .postgres), .timeLimit(.minutes(2)))
struct PostgresFaultTests {
    enum Failure: String, CaseIterable, CustomTestStringConvertible {
        /// A statement the server refuses, late in the transaction.
        case refused = "RAISE EXCEPTION 'refused by the test'"
        /// The connection dies mid-transaction, as when the server shuts down.
        case connectionKilled = "PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5)"

        var testDescription: String { self == .refused ? "refused" : "connection killed" }
    }

    @Test("a write that fails halfway leaves nothing behind, and the store goes on", arguments: Failure.allCases)
    func halfwayWrite(failure: Failure) async throws {
        try await TestNewsroom.with { newsroom in
            try await newsroom.seedBasics()
            let draft = ArticleDraft(headline: "خبر لم يكتمل نشره", bodyMarkdown: "نص الخبر.", sectionSlug: "world", authorSlugs: ["layla"])
            let article = try await newsroom.store.createArticle(draft, at: summitDay)
            let changesBefore = try await newsroom.store.latestChangeSequence()
            // The audit line is the last thing a publish writes, after the article, its search
            // terms, related news and the change log.
            try await TestDatabases.execute(
                "CREATE FUNCTION fail_halfway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \(failure.rawValue); RETURN NEW; END $$",
                on: newsroom.database
            )
            try await TestDatabases.execute(
                "CREATE TRIGGER fail_halfway BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_halfway()",
                on: newsroom.database
            )

            do {
                _ = try await newsroom.store.publishArticle(id: article.id, at: summitDay)
                Issue.record("the publish succeeded")
            } catch StoreError.unavailable {
                #expect(failure == .connectionKilled)
            } catch {
                #expect(failure == .refused, "\(error)")
            }

            try await TestDatabases.execute("DROP TRIGGER fail_halfway ON audit_log", on: newsroom.database)
            #expect(try await newsroom.store.article(id: article.id)?.status == .draft)
            #expect(try await newsroom.store.articlePage(id: article.id, at: summitDay) == nil)
            let query = try #require(SearchQuery("نشره"))
            let search = SearchRequest(query: query, sectionSlug: nil, order: .relevance, page: PageRequest(number: 1, size: 10))
            #expect(try await newsroom.store.search(search, at: summitDay).hits.totalCount == 0)
            #expect(try await newsroom.store.latestChangeSequence() == changesBefore)
            let audit = try await newsroom.store.auditLog(page: PageRequest(number: 1, size: 10)).items
            #expect(!audit.contains { $0.action == .articlePublished })

            #expect(try await newsroom.store.publishArticle(id: article.id, at: summitDay).status == .published)
        }
    }
}
