import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

/// The audit log, written against `NewsStore` so both backends run it.
@Suite("Audit log contract")
struct AuditContractTests {
    @Test(
        "each editorial act writes one audit line naming who, what and which article; a refused act writes none",
        arguments: StoreBackend.inThisRun)
    func auditTrail(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let store = newsroom.store
            let editor = try #require(
                try await store.createAccount(
                    NewAccount(email: "e@example.org", name: "سارة", role: .editor, password: "عبارة مرور طويلة"),
                    passwordHash: "x", at: summitDay, onlyIfFirst: false
                )
            )
            let draft = try await store.createArticle(
                ArticleDraft(headline: "خبر أول", sectionSlug: "world"), at: summitDay, by: editor.id)
            _ = try await store.updateArticle(
                id: draft.id, with: ArticleDraft(headline: "خبر معدل", sectionSlug: "world"),
                at: summitDay.addingTimeInterval(60),
                expectedRevision: 1, by: editor.id
            )
            await #expect(throws: StoreError.revisionConflict(draft.id, current: 2)) {
                try await store.updateArticle(
                    id: draft.id, with: ArticleDraft(headline: "قديم", sectionSlug: "world"),
                    at: summitDay.addingTimeInterval(90),
                    expectedRevision: 1, by: editor.id
                )
            }
            _ = try await store.publishArticle(id: draft.id, at: summitDay.addingTimeInterval(120), by: editor.id)
            _ = try await store.postBreakingItem(
                text: "عاجل للاختبار", articleID: draft.id, startsAt: summitDay.addingTimeInterval(180), expiresAt: nil,
                by: editor.id
            )
            let log = try await store.auditLog(page: PageRequest(number: 1, size: 10))
            #expect(log.totalCount == 4)
            #expect(log.items.map(\.action) == [.breakingPosted, .articlePublished, .articleSaved, .articleCreated])
            #expect(log.items.allSatisfy { $0.accountName == "سارة" && $0.articleID == draft.id })
            #expect(log.items.map(\.detail) == ["عاجل للاختبار", "خبر معدل", "خبر معدل", "خبر أول"])
        }
    }
}
