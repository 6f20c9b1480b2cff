import Foundation
import GRDB
import SahifaCore
import SahifaSQLite
import SahifaStore
import SahifaTestSupport
import Synchronization
import Testing

@Suite("SQLite reads", .enabled(if: StoreBackend.underTest == .sqlite, "the SQLite pass runs it"))
struct SQLiteTransactionTests {
    /// A card, and an article with tags, an author and that card in its body.
    static func seed(_ newsroom: TestNewsroom) async throws -> (card: Article, article: Article) {
        try await newsroom.seedBasics()
        let card = try await newsroom.publish(
            ArticleDraft(headline: "بطاقة", sectionSlug: "economy", tagNames: ["أ"]), at: summitDay)
        let article = try await newsroom.publish(
            ArticleDraft(
                headline: "خبر", bodyMarkdown: "نص\n\n[[related:\(card.id)]]", sectionSlug: "world", tagNames: ["أ"],
                authorSlugs: ["layla"]),
            at: summitDay
        )
        return (card, article)
    }

    /// The statements a store runs.
    final class StatementLog: Sendable {
        let lines = Mutex<[String]>([])

        func withLock<T>(_ body: (inout [String]) -> T) -> T { lines.withLock { body(&$0) } }
    }

    /// The store on `database`, and the statements it runs (opening it reads the schema, which
    /// is left out).
    static func traced(_ database: String) throws -> (SQLiteNewsStore, StatementLog) {
        let statements = StatementLog()
        let store = try SQLiteNewsStore(path: database) { sql in statements.withLock { $0.append(sql) } }
        statements.withLock { $0.removeAll() }
        return (store, statements)
    }

    @Test("each reader page is read in exactly one transaction")
    func oneTransactionPerPage() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            let (_, article) = try await Self.seed(newsroom)
            let (traced, statements) = try Self.traced(newsroom.database)
            let first = PageRequest(number: 1, size: 10)
            let pages: [(String, () async throws -> Void)] = [
                ("article", { _ = try await traced.articlePage(id: article.id, at: summitDay) }),
                ("home", { _ = try await traced.homePage(HomeLayout(), page: first, at: summitDay) }),
                ("section", { _ = try await traced.sectionPage(slug: "world", page: first, at: summitDay) }),
                ("tag", { _ = try await traced.tagPage(slug: "أ", page: first, at: summitDay) }),
                ("author", { _ = try await traced.authorPage(slug: "layla", page: first, at: summitDay) }),
            ]
            for (name, read) in pages {
                try await read()
                let begins = statements.withLock { log in
                    defer { log.removeAll() }
                    return log.filter { $0.hasPrefix("BEGIN") }.count
                }
                #expect(begins == 1, "\(name) page")
            }
        }
    }

    @Test("an article page reads its lists in order straight from their indexes: nothing sorted, no list row visited")
    func articleListsFromIndexes() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            let (_, article) = try await Self.seed(newsroom)
            let (traced, statements) = try Self.traced(newsroom.database)
            _ = try await traced.articlePage(id: article.id, at: summitDay)
            let queries = statements.withLock { $0 }.filter { $0.hasPrefix("SELECT") }
            let lists = ["article_tags", "article_authors", "article_related", "article_auto_related"]
            #expect(lists.allSatisfy { list in queries.contains { $0.contains(" \(list) ") } })
            let database = try DatabaseQueue(path: newsroom.database)
            // The chrome's queries sort too, but they run only when the site changes.
            for query in queries where lists.contains(where: { query.contains(" \($0) ") }) {
                let plan = try await database.read { db in
                    let unbound = StatementArguments(
                        Array(repeating: DatabaseValue.null, count: query.filter { $0 == "?" }.count))
                    return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query, arguments: unbound).map {
                        $0["detail"] as String
                    }
                }
                #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(query): \(plan)")
                for list in lists where query.contains(" \(list) ") {
                    #expect(plan.contains { $0.contains("COVERING INDEX \(list)_in_order") }, "\(query): \(plan)")
                }
            }
        }
    }
}
