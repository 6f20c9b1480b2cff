import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Synchronization
import Testing

/// What each write tells listeners it changed, written against `NewsStore` so both backends
/// announce the same things.
@Suite("Change announcements contract")
struct NewsChangeContractTests {
    /// Collects every change announced while `body` runs; the observer is called before a
    /// write returns, so nothing needs waiting for.
    final class Recorder: Sendable {
        private let changes = Mutex<[NewsChange]>([])
        func record(_ change: NewsChange) { changes.withLock { $0.append(change) } }
        func take() -> [NewsChange] {
            changes.withLock { changes in
                defer { changes = [] }
                return changes
            }
        }
    }

    static func recording(_ store: any NewsStore) -> Recorder {
        let recorder = Recorder()
        _ = store.changes.observe { recorder.record($0) }
        return recorder
    }

    @Test(
        "drafts are private; publishing names the article, its lists, the home page and the archive",
        arguments: StoreBackend.inThisRun)
    func publishing(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let basics = try await newsroom.seedBasics()
            let recorder = Self.recording(newsroom.store)
            let draft = try await newsroom.store.createArticle(
                ArticleDraft(
                    headline: "خبر", summary: "س", sectionSlug: "economy", tagNames: ["الطاقة"], authorSlugs: ["omar"]),
                at: summitDay
            )
            #expect(recorder.take().isEmpty)
            let published = try await newsroom.store.publishArticle(id: draft.id, at: summitDay)
            let tag = try #require(published.tags.first)
            #expect(
                recorder.take() == [
                    NewsChange(
                        [
                            .article(draft.id), .archive, .home, .section(basics.economy.id), .tag(tag.id),
                            .author(basics.omar.id),
                        ]
                    )
                ])
            _ = try await newsroom.store.unpublishArticle(id: draft.id, at: summitDay)
            #expect(
                recorder.take().first?.dependencies.isSuperset(of: [
                    .article(draft.id), .home, .section(basics.economy.id),
                ]) == true)
        }
    }

    @Test(
        "an edit names the article and only the lists it joins or leaves, and tells readers it was updated",
        arguments: StoreBackend.inThisRun)
    func editing(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let basics = try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(
                    headline: "خبر", summary: "س", sectionSlug: "economy", tagNames: ["الطاقة"], authorSlugs: ["omar"]),
                at: summitDay
            )
            let recorder = Self.recording(newsroom.store)
            var draft = ArticleDraft(
                headline: "خبر معدل", summary: "س", sectionSlug: "economy", tagNames: ["الطاقة"], authorSlugs: ["omar"])
            draft.slug = article.slug
            _ = try await newsroom.store.updateArticle(id: article.id, with: draft, at: summitDay)
            #expect(recorder.take() == [NewsChange([.article(article.id), .archive], updatedArticles: [article.id])])
            draft.sectionSlug = "world"
            draft.authorSlugs = ["omar", "layla"]
            _ = try await newsroom.store.updateArticle(id: article.id, with: draft, at: summitDay)
            #expect(
                recorder.take() == [
                    NewsChange(
                        [
                            .article(article.id), .archive, .section(basics.economy.id), .section(basics.world.id),
                            .author(basics.layla.id),
                        ],
                        updatedArticles: [article.id]
                    )
                ])
        }
    }

    @Test(
        "recomputed related news names only the lists it changed, which only their own article pages show",
        arguments: StoreBackend.inThisRun)
    func relatedNews(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            _ = try await newsroom.seedBasics()
            let older = try await newsroom.publish(
                ArticleDraft(headline: "قمة المناخ في البرازيل", summary: "مفاوضات المناخ", sectionSlug: "world"),
                at: summitDay
            )
            while try await newsroom.store.refreshRelatedNews(limit: 100) > 0 {}
            _ = try await newsroom.publish(
                ArticleDraft(
                    headline: "مفاوضات قمة المناخ تتواصل", summary: "المناخ في البرازيل", sectionSlug: "world"),
                at: summitDay.addingTimeInterval(60)
            )
            let recorder = Self.recording(newsroom.store)
            while try await newsroom.store.refreshRelatedNews(limit: 100) > 0 {}
            let changes = recorder.take()
            #expect(changes.flatMap(\.dependencies).contains(.relatedNews(older.id)))
            #expect(
                changes.allSatisfy { change in
                    change.dependencies.allSatisfy { if case .relatedNews = $0 { true } else { false } }
                })
        }
    }

    @Test("the ticker, settings and sections announce what every page shows", arguments: StoreBackend.inThisRun)
    func siteWide(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            _ = try await newsroom.seedBasics()
            let recorder = Self.recording(newsroom.store)
            let item = try await newsroom.store.postBreakingItem(
                text: "عاجل", articleID: nil, startsAt: summitDay, expiresAt: nil)
            #expect(recorder.take() == [NewsChange([.breaking])])
            _ = try await newsroom.store.endBreakingItem(id: item.id, at: summitDay.addingTimeInterval(60), by: nil)
            #expect(recorder.take() == [NewsChange([.breaking])])
            try await newsroom.store.updateSection(slug: "world", name: "دولي", position: 1)
            #expect(recorder.take() == [NewsChange([.site])])
        }
    }

    @Test(
        "every announced change is recorded in commit order, for servers in other processes",
        arguments: StoreBackend.inThisRun)
    func recorded(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let basics = try await newsroom.seedBasics()
            let start = try await newsroom.store.latestChangeSequence()
            let article = try await newsroom.publish(
                ArticleDraft(headline: "خبر", summary: "س", sectionSlug: "world"), at: summitDay)
            _ = try await newsroom.store.postBreakingItem(
                text: "عاجل", articleID: nil, startsAt: summitDay, expiresAt: nil)
            let recorded = try await newsroom.store.recordedChanges(after: start, limit: 10)
            #expect(
                recorded.map(\.change) == [
                    NewsChange([.article(article.id), .archive, .home, .section(basics.world.id)]),
                    NewsChange([.breaking]),
                ])
            #expect(
                recorded.map(\.sequence) == recorded.map(\.sequence).sorted()
                    && Set(recorded.map(\.sequence)).count == 2)
            #expect(try await newsroom.store.latestChangeSequence() == recorded.last?.sequence)
            #expect(
                try await newsroom.store.recordedChanges(after: recorded[0].sequence, limit: 10).map(\.change) == [
                    NewsChange([.breaking])
                ])
        }
    }

    @Test(
        "a change read back from the record is announced only where it was not made", arguments: StoreBackend.inThisRun)
    func announcedOnce(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            _ = try await newsroom.seedBasics()
            let recorder = Self.recording(newsroom.store)
            let start = try await newsroom.store.latestChangeSequence()
            _ = try await newsroom.store.postBreakingItem(
                text: "عاجل", articleID: nil, startsAt: summitDay, expiresAt: nil)
            #expect(recorder.take() == [NewsChange([.breaking])])
            for change in try await newsroom.store.recordedChanges(after: start, limit: 10) {
                newsroom.store.changes.announceRecorded(change)
            }
            #expect(recorder.take().isEmpty)
            let elsewhere = NewsChanges()
            let elsewhereRecorder = Recorder()
            _ = elsewhere.observe { elsewhereRecorder.record($0) }
            for change in try await newsroom.store.recordedChanges(after: start, limit: 10) {
                elsewhere.announceRecorded(change)
            }
            #expect(elsewhereRecorder.take() == [NewsChange([.breaking])])
        }
    }

    @Test("a second store on the same database reaches the first one's listeners", arguments: StoreBackend.inThisRun)
    func sharedAnnouncer(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            _ = try await newsroom.seedBasics()
            let recorder = Self.recording(newsroom.store)
            let other = try await newsroom.openAnotherStore()
            _ = try await other.postBreakingItem(text: "عاجل", articleID: nil, startsAt: summitDay, expiresAt: nil)
            #expect(recorder.take() == [NewsChange([.breaking])])
        }
    }

    @Test(
        "an instance waiting for changes wakes as soon as another instance commits one, and finds it recorded",
        .enabled(if: StoreBackend.underTest == .postgres, "only PostgreSQL notifies")
    )
    func notifiedAcrossInstances() async throws {
        try await TestNewsroom.with(.postgres) { newsroom in
            _ = try await newsroom.seedBasics()
            let start = try await newsroom.store.latestChangeSequence()
            let other = try await newsroom.openAnotherStore(changes: NewsChanges())
            // A first wait starts the listener; the long one below must end by notification.
            await newsroom.store.waitForChanges(upTo: .milliseconds(200))
            let woken = Mutex(false)
            let waiting = Task {
                let waited = await ContinuousClock().measure {
                    await newsroom.store.waitForChanges(upTo: .seconds(120))
                }
                woken.withLock { $0 = true }
                return waited
            }
            // A notification sent before the wait began is not seen by it, so write again
            // until it wakes (the listener connects in the background).
            for attempt in 0..<20 where !woken.withLock({ $0 }) {
                _ = try await other.postBreakingItem(
                    text: "عاجل \(attempt)", articleID: nil, startsAt: summitDay, expiresAt: nil)
                let deadline = ContinuousClock.now + .seconds(1)
                while !woken.withLock({ $0 }) && ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(10))
                }
            }
            let waited = await waiting.value
            #expect(waited < .seconds(60))
            let recorded = try await newsroom.store.recordedChanges(after: start, limit: 50)
            #expect(recorded.contains { $0.change == NewsChange([.breaking]) })
        }
    }
}
