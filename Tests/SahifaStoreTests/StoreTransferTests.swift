import Foundation
import Logging
import SahifaCore
import SahifaStorage
import SahifaTestSupport
import Synchronization
import Testing

@testable import SahifaSQLite
@testable import SahifaStore

/// `sahifa migrate-data`: a newsroom copied between stores reads the same in its new home.
/// The tests that copy into PostgreSQL need the test server; SQLite to SQLite runs always.
@Suite("Moving a newsroom between databases")
struct StoreTransferTests {
    private static let needsServer = Testing.ConditionTrait.enabled(
        if: TestDatabases.serverURL != nil, "needs a PostgreSQL server in SAHIFA_TEST_POSTGRES"
    )

    /// What `fill` wrote, for the checks.
    private struct Newsroom: Sendable {
        var editor: Account
        var published: [Article]
        var draft: Article
        var sessionHash: String
        var tokenHash: String
    }

    @Test(
        "a SQLite newsroom copied to PostgreSQL shows the same pages, search, accounts, revisions and audit log, and copies back unchanged",
        needsServer
    )
    func sqliteToPostgresAndBack() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            let written = try await fill(newsroom)
            try await TestDatabases.withDatabase { url in
                let transfer = try await StoreTransfer.open(
                    from: StoreLocation(newsroom.database), to: StoreLocation(url), logger: quiet)
                defer { transfer.close() }
                try await transfer.copy(batchSize: 3, resuming: false) { _ in }
                let comparisons = try await transfer.verify(batchSize: 3) { _ in }
                #expect(comparisons.count == TransferTable.newsroom.count)
                #expect(comparisons.filter { !$0.matches }.map(\.table) == [])
                #expect(comparisons.first { $0.table == "articles" }?.target.rows == 4)

                // Back to SQLite before PostgreSQL works out related news in its own way.
                let back = newsroom.folder.appendingPathComponent("back.sqlite").path
                let homecoming = try await StoreTransfer.open(
                    from: StoreLocation(url), to: StoreLocation(back), logger: quiet)
                defer { homecoming.close() }
                try await homecoming.copy(batchSize: 1000, resuming: false) { _ in }
                #expect(try await homecoming.verify(batchSize: 1000) { _ in }.allSatisfy(\.matches))
                let original = SQLiteTransferEndpoint(sqlite: try SQLiteNewsStore(path: newsroom.database))
                let copied = SQLiteTransferEndpoint(sqlite: try SQLiteNewsStore(path: back))
                for table in TransferTable.newsroom {
                    let before = try await TableTally.take(of: table, from: original, batchSize: 100) { _ in }
                    let after = try await TableTally.take(of: table, from: copied, batchSize: 100) { _ in }
                    #expect(before == after, "\(table.name) changed on the way to PostgreSQL and back")
                }

                let postgres = transfer.targetStore
                try await postgres.reindex(queueingRelatedNews: true) { _, _ in }
                while try await postgres.refreshRelatedNews(limit: 100) > 0 {}
                // As if the run were stopped while indexing and resumed.
                try await transfer.copy(batchSize: 3, resuming: true) { _ in }
                #expect(try await transfer.verify(batchSize: 3) { _ in }.filter { !$0.matches }.map(\.table) == [])
                while try await postgres.refreshRelatedNews(limit: 100) > 0 {}
                try await expectSameNewsroom(newsroom.store, postgres, written)

                let sport = try await postgres.createSection(slug: "sport", name: "رياضة")
                #expect(sport.id > written.published.map(\.section.id).max() ?? 0)
                let next = try await postgres.createArticle(
                    ArticleDraft(headline: "خبر بعد النقل", sectionSlug: "sport"), at: summitDay)
                #expect(next.id.rawValue > written.draft.id.rawValue)
            }
        }
    }

    @Test(
        "a copy refuses a target that holds a newsroom, and --resume after an interruption finishes it with nothing twice",
        needsServer)
    func interruptedCopyIntoPostgres() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            try await fill(newsroom)
            try await TestDatabases.withDatabase { url in
                try await expectResumable(from: newsroom.database, to: url)
            }
        }
    }

    @Test("between two SQLite files too: refused when the target holds a newsroom, finished by resuming")
    func interruptedCopyBetweenSQLiteFiles() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            try await fill(newsroom)
            try await expectResumable(
                from: newsroom.database, to: newsroom.folder.appendingPathComponent("copy.sqlite").path)
        }
    }

    @Test(
        "a copy into the database it comes from, or from a file that is not there, is refused before anything is written"
    )
    func refusedLocations() async throws {
        try await TestNewsroom.with(.sqlite) { newsroom in
            let folder = newsroom.folder.path
            await #expect(throws: StoreTransferError.sameDatabase(location: folder + "/./news.sqlite")) {
                try await StoreTransfer.open(
                    from: StoreLocation(newsroom.database), to: StoreLocation(folder + "/./news.sqlite"), logger: quiet
                )
            }
            let missing = folder + "/missing.sqlite"
            await #expect(throws: StoreError.cannotOpen(location: missing, reason: "no such file")) {
                try await StoreTransfer.open(
                    from: StoreLocation(missing), to: StoreLocation(folder + "/to.sqlite"), logger: quiet)
            }
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }

    @Test("the checksum tells every kind of value apart and reads doubles to the last bit")
    func canonicalRows() {
        let row: [TransferValue] = [.integer(7), .double(0.1 + 0.2), .text("خبر;عاجل"), .null]
        #expect(TableTally.canonicalText(of: row) == "i7;d0.30000000000000004;t15:خبر;عاجل;n;\n")
        #expect(
            TableTally.canonicalText(of: [.text("a;t1:b")]) != TableTally.canonicalText(of: [.text("a"), .text("b")]))
        #expect(TableTally.canonicalText(of: [.integer(1)]) != TableTally.canonicalText(of: [.double(1)]))
    }

    // MARK: Helpers

    private let quiet: Logger = {
        var logger = Logger(label: "sahifa.tests")
        logger.logLevel = .error
        return logger
    }()

    /// Copies part of the newsroom, as an interrupted run would; checks a second plain run is
    /// refused, that resuming finishes the copy, and that resuming again adds nothing.
    private func expectResumable(from source: String, to target: String) async throws {
        let transfer = try await StoreTransfer.open(
            from: StoreLocation(source), to: StoreLocation(target), logger: quiet)
        defer { transfer.close() }
        try await transfer.copy(batchSize: 2, resuming: false, batchLimit: 7) { _ in }
        let partial = try await transfer.verify(batchSize: 100) { _ in }
        #expect(partial.contains { !$0.matches })
        #expect(partial.first { $0.table == "sections" }?.matches == true)
        await #expect(throws: StoreTransferError.targetHoldsNewsroom(location: StoreLocation(target).description)) {
            try await transfer.copy(batchSize: 2, resuming: false) { _ in }
        }
        let steps = Steps()
        try await transfer.copy(batchSize: 2, resuming: true) { steps.record($0) }
        #expect(steps.last?.rowsDone == steps.last?.rowsTotal)
        #expect(try await transfer.verify(batchSize: 100) { _ in }.filter { !$0.matches }.map(\.table) == [])
        try await transfer.copy(batchSize: 2, resuming: true) { _ in }
        #expect(try await transfer.verify(batchSize: 100) { _ in }.allSatisfy(\.matches))
    }

    /// A newsroom with something in every copied table.
    @discardableResult
    private func fill(_ newsroom: TestNewsroom) async throws -> Newsroom {
        let store = newsroom.store
        try await newsroom.seedBasics()
        let hero = try await newsroom.picture("hero")
        let editor = try #require(
            try await store.createAccount(
                NewAccount(
                    email: "sara@example.org", name: "سارة المحررة", role: .editor, password: "عبارة مرور طويلة"),
                passwordHash: "$2b$04$sara-hash", at: summitDay, onlyIfFirst: false
            )
        )
        try await store.setSecondFactor(of: editor.id, secret: "JBSWY3DPEHPK3PXP")
        _ = try await store.createAPIToken(
            for: editor.id, name: "تطبيق الهاتف", scopes: [.read, .write], tokenHash: "token-hash",
            expiresAt: summitDay.addingTimeInterval(30 * 86_400), at: summitDay)
        try await store.startSession(
            NewsroomSession(
                tokenHash: "session-hash", account: editor, formToken: "form", createdAt: summitDay,
                expiresAt: summitDay.addingTimeInterval(86_400)
            )
        )
        var published: [Article] = []
        for (index, headline) in [
            "قمة المناخ تتفق على تمويل جديد", "أسعار النفط ترتفع بعد قرار أوبك", "المناخ والنفط في قمة الرياض",
        ].enumerated() {
            let related = published.last.map { "\n\n[[related:\($0.id)]]" } ?? ""
            let draft = ArticleDraft(
                kicker: index == 0 ? "عاجل" : "",
                headline: headline,
                summary: "ملخص " + headline,
                bodyMarkdown: "فقرة أولى عن \(headline).\n\nفقرة **ثانية** فيها تفاصيل الاتفاق.\(related)",
                heroImageHash: index == 0 ? hero.hash : nil,
                sectionSlug: index == 1 ? "economy" : "world",
                tagNames: index == 1 ? ["نفط", "أوبك"] : ["مناخ", "قمة"],
                authorSlugs: index == 2 ? ["layla", "omar"] : ["layla"],
                isFeatured: index == 0
            )
            let created = try await store.createArticle(
                draft, at: summitDay.addingTimeInterval(Double(index) * 600.125), by: editor.id)
            var revised = draft
            revised.headline += " (محدث)"
            _ = try await store.updateArticle(
                id: created.id, with: revised, at: summitDay.addingTimeInterval(Double(index) * 600.125 + 60),
                expectedRevision: 1, by: editor.id
            )
            published.append(
                try await store.publishArticle(
                    id: created.id, at: summitDay.addingTimeInterval(Double(index) * 600.125 + 120), by: editor.id)
            )
        }
        let draft = try await store.createArticle(
            ArticleDraft(headline: "مسودة لم تنشر", sectionSlug: "world"), at: summitDay, by: editor.id)
        _ = try await store.postBreakingItem(
            text: "عاجل: اتفاق في قمة المناخ", articleID: published[0].id, startsAt: summitDay.addingTimeInterval(1800),
            expiresAt: summitDay.addingTimeInterval(90_000), by: editor.id
        )
        while try await store.refreshRelatedNews(limit: 100) > 0 {}
        return Newsroom(
            editor: editor, published: published, draft: draft, sessionHash: "session-hash", tokenHash: "token-hash")
    }

    /// Reads the newsroom through `NewsStore` in both stores and expects the same answers.
    private func expectSameNewsroom(_ source: any NewsStore, _ target: any NewsStore, _ written: Newsroom) async throws
    {
        let now = summitDay.addingTimeInterval(3600)
        let page = PageRequest(number: 1, size: 20)
        #expect(try await target.siteChrome(at: now) == source.siteChrome(at: now))
        #expect(
            try await target.homePage(HomeLayout(), page: page, at: now)
                == source.homePage(HomeLayout(), page: page, at: now))
        for article in written.published + [written.draft] {
            #expect(try await target.article(id: article.id) == source.article(id: article.id))
            #expect(try await target.revisions(of: article.id) == source.revisions(of: article.id))
            let before = try await source.articlePage(id: article.id, at: now)
            let after = try await target.articlePage(id: article.id, at: now)
            #expect(after?.article == before?.article)
            #expect(after?.relatedCards == before?.relatedCards)
            #expect(Set(after?.relatedNews.map(\.id) ?? []) == Set(before?.relatedNews.map(\.id) ?? []))
        }
        #expect(
            try await target.sectionPage(slug: "economy", page: page, at: now)
                == source.sectionPage(slug: "economy", page: page, at: now))
        #expect(
            try await target.authorPage(slug: "omar", page: page, at: now)
                == source.authorPage(slug: "omar", page: page, at: now))
        let search = SearchRequest(query: try #require(SearchQuery("المناخ")), page: page)
        let found = try await target.search(search, at: now).hits.items.map(\.teaser.id)
        #expect(found.count == 2)
        #expect(Set(found) == Set(try await source.search(search, at: now).hits.items.map(\.teaser.id)))

        #expect(try await target.accounts() == source.accounts())
        let credentials = try #require(try await target.credentials(email: "sara@example.org"))
        #expect(credentials == (try await source.credentials(email: "sara@example.org")))
        #expect(credentials.passwordHash == "$2b$04$sara-hash" && credentials.secondFactorSecret == "JBSWY3DPEHPK3PXP")
        #expect(
            try await target.session(tokenHash: written.sessionHash, at: now)
                == source.session(tokenHash: written.sessionHash, at: now))
        #expect(try await target.session(tokenHash: written.sessionHash, at: now)?.account == written.editor)
        #expect(try await target.apiTokens(of: written.editor.id) == source.apiTokens(of: written.editor.id))
        #expect(try await target.tokenHolder(tokenHash: written.tokenHash, at: now)?.scopes == [.read, .write])
        let audit = try await target.auditLog(page: PageRequest(number: 1, size: 50))
        #expect(audit.totalCount > 10)
        #expect(audit == (try await source.auditLog(page: PageRequest(number: 1, size: 50))))
    }
}

/// The progress a copy reported, kept for the checks.
private final class Steps: Sendable {
    private let steps = Mutex<[TransferProgress]>([])

    func record(_ step: TransferProgress) {
        steps.withLock { $0.append(step) }
    }

    var last: TransferProgress? { steps.withLock { $0.last } }
}
