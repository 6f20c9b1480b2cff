import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

/// What the article editor keeps and finds while a member writes: one working copy per member
/// and article, and the library's pictures by their words. Both stores.
@Suite("The writing desk's store contract")
struct WritingDeskContractTests {
    private static func member(_ store: any NewsStore, _ email: String) async throws -> Account {
        try #require(
            try await store.createAccount(
                NewAccount(email: email, name: "هدى", role: .writer, password: "عبارة مرور طويلة"),
                passwordHash: "$2b$04$not-a-real-hash", at: summitDay, onlyIfFirst: false))
    }

    @Test(
        "each member keeps one working copy of an article, replaced by the next and gone when dropped",
        arguments: StoreBackend.inThisRun)
    func workingCopies(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            try await newsroom.seedBasics()
            let article = try await store.createArticle(
                ArticleDraft(headline: "قمة المناخ", bodyMarkdown: "نص.", sectionSlug: "world"), at: summitDay)
            let huda = try await Self.member(store, "huda@example.org")
            let omar = try await Self.member(store, "omar@example.org")
            #expect(try await store.autosave(of: article.id, by: huda.id) == nil)

            let first = Autosave(
                article: article.id, account: huda.id, basedOnRevision: 1, savedAt: summitDay, form: "{\"a\":1}")
            try await store.keepAutosave(first)
            var second = first
            second.savedAt = summitDay.addingTimeInterval(5)
            second.form = "{\"headline\":\"قمة المناخ في الرياض\"}"
            try await store.keepAutosave(second)
            try await store.keepAutosave(
                Autosave(article: article.id, account: omar.id, basedOnRevision: 1, savedAt: summitDay, form: "{}"))

            #expect(try await store.autosave(of: article.id, by: huda.id) == second)
            try await store.dropAutosave(of: article.id, by: huda.id)
            #expect(try await store.autosave(of: article.id, by: huda.id) == nil)
            #expect(try await store.autosave(of: article.id, by: omar.id)?.form == "{}")
            // A working copy is nobody's revision.
            #expect(try await store.article(id: article.id)?.revision == 1)
        }
    }

    @Test(
        "the picture dialog finds pictures by alt text, caption or credit, newest first, and a typed % as itself",
        arguments: StoreBackend.inThisRun)
    func picturesByTheirWords(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            func add(_ name: String, alt: String, caption: String, credit: String, at minutes: Double) async throws {
                _ = try await store.addMedia(
                    MediaAsset(
                        hash: String(repeating: "0", count: 64 - name.utf8.count) + name, kind: .jpeg, alt: alt,
                        caption: caption, credit: credit, width: 1200, height: 675, byteCount: 1000),
                    at: summitDay.addingTimeInterval(minutes * 60), by: nil)
            }
            try await add("a1", alt: "ميناء جدة", caption: "سفن في الميناء", credit: "أ ف ب", at: 1)
            try await add("b2", alt: "قاعة القمة", caption: "الوفود تصل", credit: "Reuters", at: 2)
            try await add("c3", alt: "سوق الأسهم", caption: "ارتفاع 5% في المؤشر", credit: "واس", at: 3)

            #expect(
                try await store.pictures(matching: "", limit: 10).map(\.alt) == [
                    "سوق الأسهم", "قاعة القمة", "ميناء جدة",
                ])
            #expect(try await store.pictures(matching: "الميناء", limit: 10).map(\.alt) == ["ميناء جدة"])
            #expect(try await store.pictures(matching: "reuters", limit: 10).map(\.alt) == ["قاعة القمة"])
            #expect(try await store.pictures(matching: " 5% ", limit: 10).map(\.alt) == ["سوق الأسهم"])
            #expect(try await store.pictures(matching: "%", limit: 10).map(\.alt) == ["سوق الأسهم"])
            #expect(try await store.pictures(matching: "", limit: 2).count == 2)
        }
    }
}
