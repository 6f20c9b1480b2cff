import ArabicText
import Foundation
import SahifaCore
import SahifaPostgres
import SahifaSQLite
import SahifaStore

/// A throwaway newsroom for tests: a fresh store in its own temporary folder, with helpers
/// that add content through the store's public calls only, so the same fixtures serve the
/// store contract suite and the web tests.
public struct TestNewsroom: Sendable {
    public let store: any NewsStore
    /// The SQLite file or PostgreSQL address, for tests that start the web application or a
    /// second store on the same data.
    public let database: String
    /// A folder of the test's own, for media and other files.
    public let folder: URL

    /// Runs `body` with a migrated, empty store on `backend`, then deletes its files (or its
    /// PostgreSQL database).
    public static func with<T>(
        _ backend: StoreBackend = .underTest,
        _ body: (TestNewsroom) async throws -> T
    ) async throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sahifa-tests")
            .appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        switch backend {
        case .sqlite:
            let path = folder.appendingPathComponent("news.sqlite").path
            let store = try SQLiteNewsStore(path: path)
            try await store.migrate()
            return try await body(TestNewsroom(store: store, database: path, folder: folder))
        case .postgres:
            return try await TestDatabases.withDatabase { url in
                let store = try await PostgresNewsStore(url: url, poolSize: 4)
                defer { store.close() }
                try await store.migrate()
                return try await body(TestNewsroom(store: store, database: url, folder: folder))
            }
        }
    }

    /// Another store on the same database, as another process or instance would open it;
    /// with `changes`, it announces its writes to those listeners only.
    public func openAnotherStore(changes: NewsChanges? = nil) async throws -> any NewsStore {
        if PostgresLocation.isPostgres(database) {
            return try await PostgresNewsStore(url: database, poolSize: 2, changes: changes)
        }
        return try SQLiteNewsStore(path: database, changes: changes)
    }

    /// Settings, two sections and two authors: the minimum most tests need.
    @discardableResult
    public func seedBasics(digits: DigitStyle = .arabicIndic) async throws -> Basics {
        try await store.saveSettings(
            SiteSettings(
                name: "صحيفة الاختبار",
                tagline: "أخبار للتجربة",
                logo: nil,
                socialLinks: [
                    SocialLink(network: .x, label: "إكس", url: "https://x.com/test_paper"),
                    SocialLink(network: .telegram, label: "تيليغرام", url: "https://t.me/test_paper"),
                ],
                copyright: "© شركة الاختبار للنشر",
                digits: digits,
                timeZoneIdentifier: "Asia/Riyadh"
            )
        )
        return Basics(
            world: try await store.createSection(slug: "world", name: "العالم"),
            economy: try await store.createSection(slug: "economy", name: "اقتصاد"),
            layla: try await store.createAuthor(slug: "layla", name: "ليلى حداد", bio: "مراسلة في واشنطن"),
            omar: try await store.createAuthor(slug: "omar", name: "عمر النجار", bio: "محرر اقتصادي")
        )
    }

    /// Creates an article and publishes it at `publishedAt`.
    @discardableResult
    public func publish(_ draft: ArticleDraft, at publishedAt: Date) async throws -> Article {
        let created = try await store.createArticle(draft, at: publishedAt.addingTimeInterval(-600))
        return try await store.publishArticle(id: created.id, at: publishedAt)
    }

    /// A picture record (no file), for hero images and cards.
    public func picture(_ name: String, credit: String = "أ ف ب") async throws -> MediaAsset {
        let hash = String(repeating: "0", count: 64 - name.utf8.count) + name
        return try await store.addMedia(
            MediaAsset(
                hash: hash, kind: .jpeg, alt: "صورة " + name, caption: "تعليق " + name, credit: credit,
                width: 1200, height: 675, byteCount: 1000
            )
        )
    }

    public struct Basics: Sendable {
        public var world: Section
        public var economy: Section
        public var layla: Author
        public var omar: Author
    }
}

/// The store implementations the contract suite runs on.
public enum StoreBackend: String, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    /// The backend this test run is for: PostgreSQL when `SAHIFA_TEST_POSTGRES` holds a
    /// server's address (scripts/test runs the store and web suites once more that way),
    /// SQLite otherwise.
    public static let underTest: StoreBackend = TestDatabases.serverURL == nil ? .sqlite : .postgres

    /// The backends the contract suites run on in this test run.
    public static let inThisRun: [StoreBackend] = [underTest]

    public var description: String { rawValue }
}

/// A fixed instant for tests: 6 November 2025, 20:15 UTC.
public let summitDay = Date(timeIntervalSince1970: 1_762_460_100)
