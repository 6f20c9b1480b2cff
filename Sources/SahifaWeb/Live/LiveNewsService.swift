import Foundation
import Logging
import SahifaCore
import SahifaStore
import ServiceLifecycle

/// Turns the store's changes into live events for open pages:
/// - `breaking`: the ticker's items now (`{"items":[{"text","href"}]}`), whenever they change;
/// - `lead`: a new lead story on the home page (`{"id","headline","kicker","url"}`);
/// - `updated`: a published article's text changed (`{"id","headline","url"}`).
///
/// Each event carries the whole new state, so replaying one twice does no harm.
struct LiveNewsService: Service {
    let store: any ReaderStore & ChangeFeed
    let live: LiveNews
    let logger: Logger
    let keepAliveEvery: Duration
    private let changes: AsyncStream<NewsChange>
    /// What open pages show: events go out when this changes.
    private let shownAtStart: Shown

    /// Starts listening to the store, then reads what pages show now, so every later change
    /// is compared with a state from before it.
    static func start(
        store: any ReaderStore & ChangeFeed, live: LiveNews, logger: Logger, keepAliveEvery: Duration = .seconds(20)
    )
        async -> LiveNewsService
    {
        let changes = store.changes.subscribe()
        let shown: Shown
        do {
            shown = try await currentState(of: store)
        } catch {
            logger.warning("live news: could not read the front page", metadata: ["sahifa.error": "\(error)"])
            shown = Shown(breaking: "", lead: nil)
        }
        return LiveNewsService(
            store: store, live: live, logger: logger, keepAliveEvery: keepAliveEvery, changes: changes,
            shownAtStart: shown)
    }

    func run() async throws {
        var shown = shownAtStart
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while (try? await Task.sleep(for: keepAliveEvery)) != nil { live.keepAlive() }
            }
            for await change in changes.cancelOnGracefulShutdown() {
                do {
                    shown = try await announce(change, after: shown)
                } catch {
                    logger.warning("live news: could not read the change", metadata: ["sahifa.error": "\(error)"])
                }
            }
            group.cancelAll()
        }
        live.close()
    }

    private struct Shown {
        var breaking: String
        var lead: ArticleID?
    }

    private static func currentState(of store: any ReaderStore) async throws -> Shown {
        let now = Date()
        return Shown(
            breaking: tickerData(try await store.siteChrome(at: now)),
            lead: try await leadStory(of: store, at: now)?.id
        )
    }

    private func announce(_ change: NewsChange, after shown: Shown) async throws -> Shown {
        var now = shown
        let date = Date()
        let everything = change.dependencies.contains(.site)
        if everything || change.dependencies.contains(.breaking) {
            let ticker = Self.tickerData(try await store.siteChrome(at: date))
            if ticker != shown.breaking {
                live.publish("breaking", data: ticker)
                now.breaking = ticker
            }
        }
        if everything || change.dependencies.contains(.home) {
            let lead = try await Self.leadStory(of: store, at: date)
            if let lead, lead.id != shown.lead {
                live.publish(
                    "lead",
                    data: JSONValue.object([
                        .init(key: "id", value: .int(Int(lead.id.rawValue))),
                        .init(key: "headline", value: .string(lead.headline)),
                        .init(key: "kicker", value: .string(lead.kicker ?? "")),
                        .init(key: "url", value: .string(lead.path)),
                    ]).serialized
                )
            }
            now.lead = lead?.id
        }
        for id in change.updatedArticles.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let article = try await store.articlePage(id: id, at: date)?.article else { continue }
            let data: JSONValue = [
                "id": .int(Int(id.rawValue)), "headline": .string(article.headline), "url": .string(article.path),
            ]
            live.publish("updated", data: data.serialized)
        }
        return now
    }

    /// The home page's lead story, read with the smallest layout: nothing else is needed.
    private static func leadStory(of store: any ReaderStore, at date: Date) async throws -> ArticleTeaser? {
        let layout = HomeLayout(topStories: 0, perSection: 0, latestPageSize: 1)
        return try await store.homePage(layout, page: PageRequest(number: 1, size: 1), at: date).lead
    }

    private static func tickerData(_ chrome: SiteChrome) -> String {
        let items: JSONValue = [
            "items": .array(chrome.breaking.map { ["text": .string($0.text), "href": .string($0.link ?? "")] })
        ]
        return items.serialized
    }
}
