import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Synchronization
import Testing

@Suite("SQLite reads", .enabled(if: StoreBackend.underTest == .sqlite, "the SQLite pass runs it"))
struct SQLiteTransactionTests {
    @Test("each reader page is read in exactly one transaction")
    func oneTransactionPerPage() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            try await newsroom.seedBasics()
            let card = try await newsroom.publish(ArticleDraft(headline: "بطاقة", sectionSlug: "economy", tagNames: ["أ"]), at: summitDay)
            let article = try await newsroom.publish(
                ArticleDraft(headline: "خبر", bodyMarkdown: "نص\n\n[[related:\(card.id)]]", sectionSlug: "world", tagNames: ["أ"], authorSlugs: ["layla"]),
                at: summitDay
            )
            let statements = Mutex<[String]>([])
            let traced = try SQLiteNewsStore(path: newsroom.database) { sql in
                statements.withLock { $0.append(sql) }
            }
            statements.withLock { $0.removeAll() }  // opening the store reads the schema
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
}
