import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import SahifaArchive
import SahifaCore
import SahifaStorage
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing
import ZIPFoundation

/// `sahifa export` and `sahifa import sahifa`: a whole site taken out into one archive and
/// restored into an empty database of the store under test serves the same pages.
@Suite("A whole site exported and restored")
struct SiteArchiveTests {
    private static let now = Date(timeIntervalSince1970: 1_765_000_000)

    @Test("the restored site serves every page of the sitemap as the original did, and no secret came along")
    func restoredSiteServesTheSamePages() async throws {
        try await TestNewsroom.with { source in
            let secrets = try await Self.fill(source)
            let archive = source.folder.appendingPathComponent("site.zip")
            let exported = try await Self.export(source, to: archive)
            #expect(exported.rows(of: "articles") == 30)
            #expect(exported.rows(of: "static_pages") == 2)
            #expect(exported.rows(of: "accounts") == 1)
            #expect(exported.pictureFiles == 17)
            #expect(exported.missingPictures.isEmpty)
            let entries = try Archive(url: archive, accessMode: .read).map(\.path)
            #expect(!entries.contains { $0.contains("sessions") || $0.contains("api_tokens") })

            try await TestNewsroom.with { target in
                let restored = try await Self.restore(archive, into: target, media: Self.mediaFolder(of: target))
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: Self.mediaFolder(of: target).path).count == 17)
                #expect(restored.tables == exported.tables)
                #expect(restored.pictureFiles == 17)
                try await target.store.reindex(queueingRelatedNews: false) { _, _ in }
                #expect(try await target.store.relatedNewsBacklog() == 0)

                let original = try await makeApplication(for: source, mediaFolder: Self.mediaFolder(of: source))
                let copy = try await makeApplication(for: target, mediaFolder: Self.mediaFolder(of: target))
                try await original.test(.router) { before in
                    try await copy.test(.router) { after in
                        let paths = try await Self.sitePaths(before)
                        #expect(paths.count >= 28 + 6 + 1 + 1)
                        #expect(paths.contains("/pages/about"))
                        for path in paths {
                            let old = try await before.execute(uri: path, method: .get)
                            let new = try await after.execute(uri: path, method: .get)
                            #expect(old.status == .ok, "\(path)")
                            #expect(new.status == old.status, "\(path)")
                            #expect(Self.withoutPageTime(new.text) == Self.withoutPageTime(old.text), "\(path)")
                        }
                        let moved = try await after.execute(uri: "/old/story", method: .get)
                        #expect(moved.status == .movedPermanently)
                        #expect(moved.headers[.location] == "/pages/about")
                        let draftPage = try await after.execute(uri: "/pages/staff", method: .get)
                        #expect(draftPage.status == .notFound)
                    }
                }

                let credentials = try #require(try await target.store.credentials(email: "editor@news.example"))
                #expect(credentials.account.role == .editor)
                #expect(credentials.passwordHash == "!")
                #expect(credentials.secondFactorSecret == nil)
                #expect(try await target.store.tokenHolder(tokenHash: secrets.tokenHash, at: Self.now) == nil)
                #expect(try await target.store.session(tokenHash: secrets.sessionHash, at: Self.now) == nil)
                let draft = try #require(try await target.store.article(id: secrets.draft))
                #expect(draft.status == .draft)
                #expect(try await target.store.revisions(of: secrets.draft)?.count == 2)
            }
        }
    }

    @Test("an archive whose table was altered restores nothing: the database and the media folder stay empty")
    func alteredArchiveRestoresNothing() async throws {
        try await TestNewsroom.with { source in
            _ = try await Self.fill(source)
            let archive = source.folder.appendingPathComponent("site.zip")
            _ = try await Self.export(source, to: archive)
            let altered = source.folder.appendingPathComponent("altered.zip")
            try Self.rewrite(archive, to: altered) { path, data in
                guard path == "tables/articles.jsonl" else { return data }
                let text = String(decoding: data, as: UTF8.self)
                return Data(text.replacingOccurrences(of: "واشنطن", with: "نيويورك").utf8)
            }
            try await TestNewsroom.with { target in
                let media = target.folder.appendingPathComponent("media")
                await #expect(throws: SiteArchiveError.tableDiffers(table: "articles")) {
                    try await Self.restore(altered, into: target, media: media)
                }
                #expect(try await Self.rowsHeld(by: target) == 0)
                #expect(try FileManager.default.contentsOfDirectory(atPath: media.path).isEmpty)

                let restored = try await Self.restore(archive, into: target, media: media)
                #expect(restored.rows(of: "articles") == 30)
            }
        }
    }

    @Test("a database that holds a site, a file that is not an archive and a later format are refused")
    func refusals() async throws {
        try await TestNewsroom.with { source in
            _ = try await Self.fill(source)
            let archive = source.folder.appendingPathComponent("site.zip")
            _ = try await Self.export(source, to: archive)
            await #expect(throws: SiteArchiveError.fileExists(path: archive.path)) {
                try await Self.export(source, to: archive)
            }
            await #expect(throws: SiteArchiveError.targetNotEmpty(location: source.database)) {
                try await Self.restore(archive, into: source, media: source.folder.appendingPathComponent("m"))
            }

            try await TestNewsroom.with { target in
                let media = target.folder.appendingPathComponent("media")
                let text = target.folder.appendingPathComponent("notes.zip")
                try Data("ليس أرشيفا".utf8).write(to: text)
                await #expect(throws: SiteArchiveError.notAnArchive(path: text.path, reason: "it is not a zip file")) {
                    try await Self.restore(text, into: target, media: media)
                }
                let later = target.folder.appendingPathComponent("later.zip")
                try Self.rewrite(archive, to: later) { path, data in
                    guard path == "manifest.json" else { return data }
                    let text = String(decoding: data, as: UTF8.self)
                    return Data(text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2").utf8)
                }
                await #expect(throws: SiteArchiveError.newerVersion(2)) {
                    try await Self.restore(later, into: target, media: media)
                }
                #expect(try await Self.rowsHeld(by: target) == 0)
            }
        }
    }

    /// What the fill wrote that must not come back, or must come back as it was.
    private struct Secrets: Sendable {
        var tokenHash: String
        var sessionHash: String
        var draft: ArticleID
    }

    /// The demo site, plus what it lacks: static pages, a redirect, an editor with a second
    /// factor, a session and an API token, and a draft with a revision.
    private static func fill(_ newsroom: TestNewsroom) async throws -> Secrets {
        let location = StoreLocation(newsroom.database)
        _ = try await DemoSite.install(into: location, mediaFolder: mediaFolder(of: newsroom).path, now: now)
        let store = newsroom.store
        _ = try await store.saveStaticPage(
            id: nil,
            StaticPageDraft(
                slug: "about", title: "من نحن", bodyMarkdown: "صحيفة **مستقلة** تصدر من عمّان.", isPublished: true,
                menuPosition: 1),
            at: now)
        _ = try await store.saveStaticPage(
            id: nil,
            StaticPageDraft(
                slug: "staff", title: "فريق التحرير", bodyMarkdown: "قيد الإعداد.", isPublished: false,
                menuPosition: nil),
            at: now)
        _ = try await store.addRedirect(RedirectDraft(from: "/old/story", to: "/pages/about"), at: now, by: nil)
        let editor = try #require(
            try await store.createAccount(
                NewAccount(email: "editor@news.example", name: "سلمى عيسى", role: .editor, password: "كلمة-سر-طويلة"),
                passwordHash: "$2b$04$abcdefghijklmnopqrstuuAbCdEfGhIjKlMnOpQrStUvWxYz01234", at: now,
                onlyIfFirst: false))
        try await store.setSecondFactor(of: editor.id, secret: "JBSWY3DPEHPK3PXP")
        let tokenHash = String(repeating: "a", count: 64)
        _ = try await store.createAPIToken(
            for: editor.id, name: "النشر الآلي", scopes: [.read], tokenHash: tokenHash, expiresAt: nil, at: now)
        let sessionHash = String(repeating: "b", count: 64)
        try await store.startSession(
            NewsroomSession(
                tokenHash: sessionHash, account: editor, formToken: "form", createdAt: now,
                expiresAt: now.addingTimeInterval(86_400)))
        var draft = ArticleDraft(
            slug: "draft-story", headline: "مسودة عن واشنطن", summary: "ملخص المسودة", bodyMarkdown: "النص الأول.",
            sectionSlug: "world")
        let created = try await store.createArticle(draft, at: now)
        draft.bodyMarkdown = "النص الثاني بعد التحرير."
        _ = try await store.updateArticle(id: created.id, with: draft, at: now.addingTimeInterval(60))
        draft.slug = "later-story"
        let scheduled = try await store.createArticle(draft, at: now)
        _ = try await store.scheduleArticle(
            id: scheduled.id, for: now.addingTimeInterval(86_400 * 365 * 10), at: now)
        return Secrets(tokenHash: tokenHash, sessionHash: sessionHash, draft: created.id)
    }

    /// Each newsroom's own pictures, so that two on one PostgreSQL server never share a folder.
    private static func mediaFolder(of newsroom: TestNewsroom) -> URL {
        newsroom.folder.appendingPathComponent("media")
    }

    private static func export(_ newsroom: TestNewsroom, to file: URL) async throws -> SiteArchiveSummary {
        let endpoint = try await StoreLocation(newsroom.database).openTransferEndpoint(logger: Logger(label: "test"))
        defer { endpoint.close() }
        return try await SiteExport.write(from: endpoint, media: mediaFolder(of: newsroom), to: file) { _ in }
    }

    private static func restore(_ file: URL, into newsroom: TestNewsroom, media: URL) async throws
        -> SiteArchiveSummary
    {
        let endpoint = try await StoreLocation(newsroom.database).openTransferEndpoint(logger: Logger(label: "test"))
        defer { endpoint.close() }
        return try await SiteRestore(file: file).restore(
            into: endpoint, location: newsroom.database, media: try FileMediaLibrary(folder: media)
        ) { _ in }
    }

    /// Rows in every table an archive restores.
    private static func rowsHeld(by newsroom: TestNewsroom) async throws -> Int {
        let endpoint = try await StoreLocation(newsroom.database).openTransferEndpoint(logger: Logger(label: "test"))
        defer { endpoint.close() }
        var rows = 0
        for table in TransferTable.newsroom { rows += try await endpoint.count(of: table) }
        return rows
    }

    /// The home page and every address the sitemaps list, as paths.
    private static func sitePaths(_ client: any TestClientProtocol) async throws -> [String] {
        func locations(_ uri: String) async throws -> [String] {
            let xml = try await client.execute(uri: uri, method: .get).text
            return xml.components(separatedBy: "<loc>").dropFirst().compactMap { part in
                part.components(separatedBy: "</loc>").first?.replacingOccurrences(of: "https://news.example", with: "")
            }
        }
        var paths = ["/"]
        for sitemap in try await locations("/sitemap.xml") { paths += try await locations(sitemap) }
        return paths
    }

    /// The page without the moment it was made, which the live updates start from.
    private static func withoutPageTime(_ html: String) -> String {
        html.replacing(/data-live-since="[0-9]+"/, with: "")
    }

    /// A copy of a zip with each entry's bytes passed through `change`.
    private static func rewrite(_ file: URL, to copy: URL, change: (String, Data) -> Data) throws {
        let original = try Archive(url: file, accessMode: .read)
        let rewritten = try Archive(url: copy, accessMode: .create)
        for entry in original {
            var data = Data()
            _ = try original.extract(entry) { data.append($0) }
            let changed = change(entry.path, data)
            try rewritten.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(changed.count), compressionMethod: .deflate
            ) { position, size in
                changed.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
