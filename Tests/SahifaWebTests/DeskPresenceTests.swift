import Foundation
import NIOCore
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

@testable import SahifaWeb

/// Who else has an article open, and a save told to them at once: two editors' event streams
/// on one article, and a save through the store that both hear.
@Suite("Who else is editing")
struct DeskPresenceTests {
    /// The next event of a stream, its name and data; nil when it ends first.
    private static func next(_ events: inout AsyncStream<ByteBuffer>.Iterator) async -> (String, String)? {
        while let chunk = await events.next() {
            let text = String(buffer: chunk)
            guard text.hasPrefix("event: ") else { continue }
            let lines = text.split(separator: "\n")
            return (String(lines[0].dropFirst("event: ".count)), String(lines[1].dropFirst("data: ".count)))
        }
        return nil
    }

    @Test(
        "each editor sees the other arrive and leave, and both hear a save with its revision and who made it",
        .timeLimit(.minutes(5)))
    func twoEditors() async throws {
        try await TestNewsroom.with { newsroom in
            try await newsroom.seedBasics()
            // Published, so its save is announced to every server, and heard here.
            let article = try await newsroom.publish(
                ArticleDraft(headline: "قمة المناخ", bodyMarkdown: "نص.", sectionSlug: "world"), at: summitDay)
            let presence = DeskPresence()
            let service = DeskPresenceService(store: newsroom.store, presence: presence, logger: .init(label: "test"))
            let running = Task { try await service.run() }
            defer { running.cancel() }

            let huda = DeskPresence.Viewer(account: AccountID(1), name: "هدى")
            let omar = DeskPresence.Viewer(account: AccountID(2), name: "عمر")
            var hudas = presence.join(article.id, as: huda, revision: article.revision).makeAsyncIterator()
            #expect(await Self.next(&hudas)! == ("joined", #"{"connection":1}"#))
            #expect(await Self.next(&hudas)! == ("present", #"{"editors":[]}"#))
            var omars = presence.join(article.id, as: omar, revision: article.revision).makeAsyncIterator()
            #expect(await Self.next(&omars)?.0 == "joined")
            #expect(await Self.next(&hudas)! == ("present", #"{"editors":[{"id":2,"name":"عمر"}]}"#))
            #expect(await Self.next(&omars)! == ("present", #"{"editors":[{"id":1,"name":"هدى"}]}"#))

            // Heard from the store's announcement first, which does not say who saved.
            _ = try await newsroom.store.updateArticle(
                id: article.id,
                with: ArticleDraft(headline: "قمة المناخ تبدأ", bodyMarkdown: "نص.", sectionSlug: "world"),
                at: summitDay.addingTimeInterval(60), expectedRevision: article.revision, by: nil)
            let revision = article.revision + 1
            let heard = try #require(await Self.next(&hudas))
            #expect(heard.0 == "saved")
            #expect(heard.1.contains(#""revision":\#(revision)"#) && heard.1.contains(#""by":"""#))
            #expect(await Self.next(&omars)?.0 == "saved")
            // Then from the editor that saved it, naming him: sent again, once.
            presence.saved(article.id, revision: revision, by: "عمر", at: summitDay, time: "١٢:٠١")
            presence.saved(article.id, revision: revision, by: "عمر", at: summitDay, time: "١٢:٠١")
            let named = try #require(await Self.next(&hudas))
            #expect(named.0 == "saved" && named.1.contains(#""by":"عمر""#) && named.1.contains(#""time":"١٢:٠١""#))
            #expect(await Self.next(&omars)?.1.contains(#""by":"عمر""#) == true)

            // Only Omar can say his page was left; when he does, Huda hears of it at once.
            presence.leave(2, by: huda.account)
            presence.leave(2, by: omar.account)
            #expect(await Self.next(&omars) == nil)
            #expect(await Self.next(&hudas)! == ("present", #"{"editors":[]}"#))
        }
    }
}
