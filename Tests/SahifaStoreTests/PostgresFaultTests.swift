import Foundation
import Logging
import PostgresNIO
import SahifaCore
import SahifaTestSupport
import Testing

@testable import SahifaPostgres
@testable import SahifaStore

/// What the PostgreSQL store does when its server fails it: a write cut off halfway leaves
/// nothing, a connection the server ended is not lent again, a statement sent on a
/// connection the server has closed is answered, and a database that takes no connections
/// answers unavailable at once. (A server restarting while readers come is tested end to
/// end, in Tests/EndToEnd/test_database_restart.py.)
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
            let draft = ArticleDraft(
                headline: "خبر لم يكتمل نشره", bodyMarkdown: "نص الخبر.", sectionSlug: "world", authorSlugs: ["layla"])
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
            let search = SearchRequest(
                query: query, sectionSlug: nil, order: .relevance, page: PageRequest(number: 1, size: 10))
            #expect(try await newsroom.store.search(search, at: summitDay).hits.totalCount == 0)
            #expect(try await newsroom.store.latestChangeSequence() == changesBefore)
            let audit = try await newsroom.store.auditLog(page: PageRequest(number: 1, size: 10)).items
            #expect(!audit.contains { $0.action == .articlePublished })

            #expect(try await newsroom.store.publishArticle(id: article.id, at: summitDay).status == .published)
        }
    }

    @Test("a connection the server ends in the middle of a write is never lent again")
    func endedConnectionIsNotLentAgain() async throws {
        try await TestNewsroom.with { newsroom in
            // One connection, so that a dead one handed back would be the next one lent.
            let store = try await PostgresNewsStore(url: newsroom.database, poolSize: 1, connectionWait: .seconds(10))
            defer { store.close() }
            for _ in 1...20 {
                await #expect {
                    try await store.write { try await $0.run("SELECT pg_terminate_backend(pg_backend_pid())") }
                } throws: { error in
                    if case StoreError.unavailable = error { return true }
                    return false
                }
                _ = try await store.siteChrome(at: summitDay)
            }
        }
    }

    @Test("a statement on a connection the server has closed is answered, not left waiting")
    func statementOnClosedConnection() async throws {
        try await TestNewsroom.with { newsroom in
            let logger = Logger(label: "sahifa.tests")
            let connection = try await PostgresConnection.connect(
                configuration: try PostgresLocation(newsroom.database).connectionConfiguration(), id: 1, logger: logger
            )
            let session = PostgresSession(connection: connection, logger: logger)
            let backend = try #require(try await session.firstRow("SELECT pg_backend_pid()") { try $0.int64(0) })
            try await TestDatabases.execute("SELECT pg_terminate_backend(\(backend))", on: newsroom.database)
            // Once the close is complete the connection has dropped its handlers: this is the
            // statement PostgresNIO alone would never answer.
            try await connection.closeFuture.get()

            await #expect {
                try await session.run("SELECT 1")
            } throws: { error in
                PostgresAvailability.unavailability(error) != nil
            }
        }
    }

    @Test("a server that takes no connections gives unavailable within the wait, and the store reconnects")
    func unreachable() async throws {
        let serverURL = try #require(TestDatabases.serverURL)
        try await TestNewsroom.with { newsroom in
            let store = try await PostgresNewsStore(url: newsroom.database, poolSize: 2, connectionWait: .seconds(1))
            defer { store.close() }
            _ = try await store.siteChrome(at: summitDay)
            let name = try #require(URLComponents(string: newsroom.database)?.path.dropFirst()).description
            // Refusing new connections and ending the open ones is what a restart looks like
            // to the pool: its connections close, and new ones fail until the server is back.
            try await TestDatabases.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS false", on: serverURL)
            try await TestDatabases.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(name)'", on: serverURL
            )

            let started = ContinuousClock.now
            await #expect {
                _ = try await store.siteChrome(at: summitDay)
            } throws: { error in
                if case StoreError.unavailable = error { return true }
                return false
            }
            #expect(ContinuousClock.now - started < .seconds(5))

            try await TestDatabases.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS true", on: serverURL)
            let deadline = ContinuousClock.now + .seconds(30)
            while (try? await store.siteChrome(at: summitDay)) == nil {
                guard ContinuousClock.now < deadline else {
                    Issue.record("the store did not reconnect within 30 seconds")
                    return
                }
                await Task.yield()
            }
        }
    }
}
