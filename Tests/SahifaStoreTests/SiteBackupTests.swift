import Foundation
import Logging
import SahifaCore
import SahifaTestSupport
import Synchronization
import Testing

@testable import SahifaStorage
@testable import SahifaStore

/// `sahifa backup`, `--verify` and `restore`, on the store under test: a copy of a site that
/// keeps publishing, proved sound, and put back as the same site.
@Suite("Backing up and restoring a site")
struct SiteBackupTests {
    private let quiet = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// A site with three published articles, a draft, and two pictures with their files.
    private func fill(_ newsroom: TestNewsroom) async throws -> (media: URL, pictures: [MediaAsset]) {
        let basics = try await newsroom.seedBasics()
        let media = newsroom.folder.appendingPathComponent("media")
        let library = try FileMediaLibrary(folder: media)
        var pictures: [MediaAsset] = []
        let png = TestPictures.png(width: 2, height: 2) { _, _ in (200, 10, 10) }
        for bytes in [png, try SharedTestData.coverPhoto()] {
            let kind: MediaKind = bytes == png ? .png : .jpeg
            let hash = try library.store(bytes, kind: kind)
            pictures.append(
                try await newsroom.store.addMedia(
                    MediaAsset(
                        hash: hash, kind: kind, alt: "صورة", caption: "", credit: "", width: 1, height: 1,
                        byteCount: bytes.count)))
        }
        for (index, picture) in [pictures[0], pictures[1], pictures[0]].enumerated() {
            try await newsroom.publish(
                ArticleDraft(
                    headline: "قمة المناخ: اليوم \(index + 1)", bodyMarkdown: "نص الخبر \(index + 1).",
                    heroImageHash: picture.hash, sectionSlug: basics.world.slug),
                at: summitDay.addingTimeInterval(Double(index) * 60))
        }
        _ = try await newsroom.store.createArticle(
            ArticleDraft(headline: "مسودة لم تنشر", sectionSlug: basics.economy.slug), at: summitDay)
        return (media, pictures)
    }

    @Test(
        "a backup taken while editors publish holds one moment whole, passes its check, and restores as the same site")
    func backupWhileWriting() async throws {
        try await TestNewsroom.with { newsroom in
            let (media, pictures) = try await fill(newsroom)
            let folder = newsroom.folder.appendingPathComponent("backups/first")
            let published = Mutex(0)
            let writing = Task {
                for index in 0..<40 {
                    try await newsroom.publish(
                        ArticleDraft(
                            headline: "خبر عاجل \(index)", bodyMarkdown: "تفاصيل \(index).", sectionSlug: "world"),
                        at: summitDay.addingTimeInterval(3_600 + Double(index)))
                    published.withLock { $0 += 1 }
                }
            }
            let deadline = ContinuousClock.now + .seconds(20)
            while published.withLock({ $0 }) < 5, ContinuousClock.now < deadline { await Task.yield() }
            let manifest = try await SiteBackup.make(
                of: newsroom.store, media: media, into: folder, programs: BackupPrograms())
            try await writing.value

            #expect(manifest.pictures.files == 2 && manifest.pictures.missing.isEmpty)
            #expect((9...44).contains(manifest.rows(of: "articles")))
            #expect(manifest.rows(of: "article_bodies") == manifest.rows(of: "articles"))
            #expect(try await SiteBackup.verify(folder, programs: BackupPrograms()) == manifest)

            try await restoring(folder, from: newsroom) { restored, restoredMedia in
                var shown = 0
                for id in 1...Int64(manifest.rows(of: "articles")) {
                    guard
                        let page = try await restored.articlePage(
                            id: ArticleID(id), at: summitDay.addingTimeInterval(7_200))
                    else { continue }
                    shown += 1
                    #expect(!page.article.body.html.utf8.isEmpty, "article \(id) came back without its body")
                }
                // All but the draft, and one story the copy may have caught created but not yet published.
                let articles = manifest.rows(of: "articles")
                #expect((articles - 2...articles - 1).contains(shown))
                let first = try await restored.articlePage(id: ArticleID(1), at: summitDay.addingTimeInterval(7_200))
                #expect(first?.article.headline == "قمة المناخ: اليوم 1")
                for picture in pictures {
                    #expect(
                        FileManager.default.fileExists(
                            atPath: restoredMedia.appendingPathComponent(
                                "\(picture.hash).\(picture.kind.fileExtension)"
                            ).path))
                }
            }
        }
    }

    @Test("the check finds a changed database copy, a damaged or missing picture, and rows that are not there")
    func verifyFindsDamage() async throws {
        try await TestNewsroom.with { newsroom in
            let (media, pictures) = try await fill(newsroom)
            let good = newsroom.folder.appendingPathComponent("good")
            let manifest = try await SiteBackup.make(
                of: newsroom.store, media: media, into: good, programs: BackupPrograms())

            func damaged(_ change: (URL) throws -> Void) async throws -> [String] {
                let copy = newsroom.folder.appendingPathComponent(UUID().uuidString)
                try FileManager.default.copyItem(at: good, to: copy)
                try change(copy)
                do {
                    _ = try await SiteBackup.verify(copy, programs: BackupPrograms())
                    return []
                } catch BackupError.damaged(_, let faults) {
                    return faults
                }
            }
            let picture = "\(SiteBackup.mediaFolder)/\(pictures[0].hash).\(pictures[0].kind.fileExtension)"
            #expect(
                try await damaged { try Data("not a picture".utf8).write(to: $0.appendingPathComponent(picture)) }
                    == ["the picture \(pictures[0].hash).png does not match its hash"])
            #expect(
                try await damaged { try FileManager.default.removeItem(at: $0.appendingPathComponent(picture)) }
                    == ["the picture \(pictures[0].hash).png is missing"])
            let database = manifest.database.file
            #expect(
                try await damaged { copy in
                    let handle = try FileHandle(forWritingTo: copy.appendingPathComponent(database))
                    try handle.seek(toOffset: 200)
                    try handle.write(contentsOf: Data([0xFF, 0x00, 0xFF]))
                    try handle.close()
                } == ["\(database) is not the file the backup made (its size or SHA-256 differs)"])
            #expect(
                try await damaged { copy in
                    var changed = manifest
                    changed.rows["articles"] = 5
                    try changed.write(into: copy)
                } == ["articles holds 4 rows where 5 were copied"])
            await #expect(throws: BackupError.notABackup(path: media.path, reason: "it holds no backup.json")) {
                try await SiteBackup.verify(media, programs: BackupPrograms())
            }
            await #expect(throws: BackupError.exists(path: good.path)) {
                try await SiteBackup.make(of: newsroom.store, media: media, into: good, programs: BackupPrograms())
            }
        }
    }

    @Test("a restore refuses a database that holds a site unless told to replace it, and a backup of the other kind")
    func restoreRefusals() async throws {
        try await TestNewsroom.with { newsroom in
            let (media, _) = try await fill(newsroom)
            let folder = newsroom.folder.appendingPathComponent("backup")
            _ = try await SiteBackup.make(of: newsroom.store, media: media, into: folder, programs: BackupPrograms())
            let target = StoreLocation(newsroom.database)
            await #expect(throws: BackupError.targetNotEmpty(location: target.description)) {
                try await SiteBackup.restore(
                    folder, to: target, media: media, replacing: false, programs: BackupPrograms(), logger: quiet)
            }
            let other: StoreLocation =
                target.isPostgres
                ? StoreLocation(newsroom.folder.appendingPathComponent("other.sqlite").path)
                : StoreLocation("postgres://sahifa@127.0.0.1:1/none")
            let kinds: (BackupKind, BackupKind) = target.isPostgres ? (.postgresql, .sqlite) : (.sqlite, .postgresql)
            await #expect(throws: BackupError.otherKind(backup: kinds.0, target: kinds.1)) {
                try await SiteBackup.restore(
                    folder, to: other, media: media, replacing: false, programs: BackupPrograms(), logger: quiet)
            }
            _ = try await newsroom.store.unpublishArticle(id: ArticleID(1), at: summitDay.addingTimeInterval(900))
            _ = try await SiteBackup.restore(
                folder, to: target, media: media, replacing: true, programs: BackupPrograms(), logger: quiet)
            let reopened = try await newsroom.openAnotherStore()
            #expect(try await reopened.article(id: ArticleID(1))?.status == .published)
        }
    }

    /// Restores `folder` into a new database of the same kind and media folder, and hands them to `body`.
    private func restoring(
        _ folder: URL, from newsroom: TestNewsroom, _ body: (any NewsStore, URL) async throws -> Void
    ) async throws {
        let media = newsroom.folder.appendingPathComponent("restored-media")
        func restore(into database: String) async throws {
            _ = try await SiteBackup.restore(
                folder, to: StoreLocation(database), media: media, replacing: false, programs: BackupPrograms(),
                logger: quiet)
            let endpoint = try await StoreLocation(database).openTransferEndpoint(logger: quiet)
            defer { endpoint.close() }
            try await body(endpoint.store, media)
        }
        if StoreLocation(newsroom.database).isPostgres {
            try await TestDatabases.withDatabase { url in try await restore(into: url) }
        } else {
            try await restore(into: newsroom.folder.appendingPathComponent("restored.sqlite").path)
        }
    }
}
