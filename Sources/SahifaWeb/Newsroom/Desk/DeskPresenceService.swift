import Foundation
import Logging
import SahifaCore
import SahifaStore
import ServiceLifecycle

/// Tells the editors in `DeskPresence` of new revisions saved elsewhere (another server, API
/// v1): it listens to the store's change announcements, which every server hears. A draft's
/// save announces nothing readers see; the editor's page on the saving server tells its own.
struct DeskPresenceService: Service {
    let store: any NewsroomStore & ChangeFeed
    let presence: DeskPresence
    let logger: Logger
    let keepAliveEvery: Duration
    private let changes: AsyncStream<NewsChange>

    init(
        store: any NewsroomStore & ChangeFeed, presence: DeskPresence, logger: Logger,
        keepAliveEvery: Duration = .seconds(10)
    ) {
        self.store = store
        self.presence = presence
        self.logger = logger
        self.keepAliveEvery = keepAliveEvery
        changes = store.changes.subscribe()
    }

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while (try? await Task.sleep(for: keepAliveEvery)) != nil { presence.keepAlive() }
            }
            for await change in changes.cancelOnGracefulShutdown() {
                let open = presence.watched
                for case .article(let id) in change.dependencies where open.contains(id) {
                    do {
                        guard let article = try await store.article(id: id) else { continue }
                        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: Date()).settings)
                        presence.saved(
                            id, revision: article.revision, at: article.updatedAt, time: dates.time(article.updatedAt))
                    } catch {
                        logger.warning(
                            "editor presence: could not read the saved article", metadata: ["sahifa.error": "\(error)"])
                    }
                }
            }
            group.cancelAll()
        }
        presence.close()
    }
}
