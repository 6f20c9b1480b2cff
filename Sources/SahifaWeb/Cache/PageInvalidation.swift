import Logging
import SahifaStore
import ServiceLifecycle

/// Drops the pages each change makes stale: in Sahifa's own cache at once, inside the
/// write's announcement (so the writer's next read already misses), and, when a purge URL is
/// set, at the CDN in the background.
///
/// It starts listening when it is made, before the server starts, so no write is missed
/// between start-up and the first request.
struct PageInvalidation: Service {
    let store: any NewsStore
    let purge: CDNPurge?
    private let observer: UInt64
    private let changes: AsyncStream<NewsChange>

    init(store: any NewsStore, cache: PageCache, purgeURL: String?, logger: Logger) {
        self.store = store
        purge = purgeURL.map { CDNPurge(url: $0, logger: logger) }
        observer = store.changes.observe { change in cache.invalidate(change) }
        changes = store.changes.subscribe()
    }

    func run() async {
        await withDiscardingTaskGroup { group in
            for await change in changes.cancelOnGracefulShutdown() {
                if let purge {
                    group.addTask { await purge.send(change) }
                }
            }
        }
        store.changes.stopObserving(observer)
    }
}
