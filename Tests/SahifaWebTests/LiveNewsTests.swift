import Foundation
import Logging
import SahifaCore
import SahifaStore
import SahifaTestSupport
import ServiceLifecycle
import Testing

@testable import SahifaWeb

@Suite("Live news")
struct LiveNewsTests {
    static func text(_ event: LiveNews.Event) -> String { String(buffer: event.wire) }

    /// The next event of the stream, or nil after 10 s.
    static func next(_ iterator: inout AsyncStream<LiveNews.Event>.AsyncIterator) async -> LiveNews.Event? {
        await withTaskGroup(of: LiveNews.Event?.self) { group in
            var events = iterator
            group.addTask {
                try? await Task.sleep(for: .seconds(10))
                return nil
            }
            let event = await events.next()
            group.cancelAll()
            iterator = events
            return event
        }
    }

    @Test("a reader who reconnects with the last id it saw gets exactly the events it missed")
    func resume() async throws {
        let live = LiveNews(keptEvents: 4, startedAt: Date(timeIntervalSince1970: 1))
        live.publish("breaking", data: "{\"n\":1}")
        let seen = live.lastEventID
        live.publish("updated", data: "{\"n\":2}")
        live.publish("breaking", data: "{\"n\":3}")
        let resumed = live.subscribe(after: seen)
        #expect(
            resumed.missed.map(Self.text) == [
                "id: \(seen + 1)\nevent: updated\ndata: {\"n\":2}\n\n",
                "id: \(seen + 2)\nevent: breaking\ndata: {\"n\":3}\n\n",
            ])
        #expect(live.subscribe(after: live.lastEventID).missed.isEmpty)
        #expect(live.subscribe(after: nil).missed.isEmpty)
        // Longer away than the kept events: the latest of each kind instead.
        for number in 4...10 { live.publish(number % 2 == 0 ? "breaking" : "lead", data: "{\"n\":\(number)}") }
        let late = live.subscribe(after: seen).missed.map(Self.text)
        #expect(late.count == 3)
        #expect(late.contains { $0.contains("event: breaking\ndata: {\"n\":10}") })
        #expect(late.contains { $0.contains("event: lead\ndata: {\"n\":9}") })
        #expect(late.contains { $0.contains("event: updated\ndata: {\"n\":2}") })
        // And events published after subscribing arrive on the stream.
        var stream = resumed.events.makeAsyncIterator()
        let next = await Self.next(&stream)
        #expect(next.map(Self.text)?.contains("{\"n\":4}") == true)
    }

    @Test("the ticker, a new lead story and an edit of a published article reach live readers")
    func storeChangesBecomeEvents() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await newsroom.seedBasics()
            let first = try await newsroom.publish(
                ArticleDraft(headline: "الخبر الأول", summary: "س", sectionSlug: "world", isFeatured: true),
                at: Date().addingTimeInterval(-60)
            )
            let live = LiveNews()
            let service = await LiveNewsService.start(store: newsroom.store, live: live, logger: Logger(label: "test"))
            let subscription = live.subscribe(after: nil)
            var events = subscription.events.makeAsyncIterator()
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await service.run() }

                _ = try await newsroom.store.postBreakingItem(
                    text: "زلزال قوي", articleID: nil, startsAt: Date(), expiresAt: nil)
                let breaking = try #require(await Self.next(&events)).wire
                #expect(
                    String(buffer: breaking).contains(
                        "event: breaking\ndata: {\"items\":[{\"text\":\"زلزال قوي\",\"href\":\"\"}]}"))

                let second = try await newsroom.publish(
                    ArticleDraft(headline: "خبر رئيسي جديد", summary: "س", sectionSlug: "economy", isFeatured: true),
                    at: Date()
                )
                let lead = String(buffer: try #require(await Self.next(&events)).wire)
                #expect(lead.contains("event: lead\n"))
                #expect(lead.contains("\"headline\":\"خبر رئيسي جديد\"") && lead.contains("\"url\":\"\(second.path)\""))

                var draft = ArticleDraft(
                    headline: "الخبر الأول بعد التحديث", summary: "س", sectionSlug: "world", isFeatured: true)
                draft.slug = first.slug
                _ = try await newsroom.store.updateArticle(id: first.id, with: draft, at: Date())
                let updated = String(buffer: try #require(await Self.next(&events)).wire)
                #expect(updated.contains("event: updated\n") && updated.contains("\"url\":\"\(first.path)\""))
                group.cancelAll()
            }
        }
    }
}
