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
    let store: any ChangeFeed
    private let observer: UInt64
    /// The changes to send to the CDN, when a purge URL is set.
    private let purges: (CDNPurge, AsyncStream<NewsChange>)?

    init(store: any ChangeFeed, cache: PageCache, purgeURL: String?, logger: Logger) {
        self.store = store
        observer = store.changes.observe { change in cache.invalidate(change) }
        purges = purgeURL.map { (CDNPurge(url: $0, logger: logger), store.changes.subscribe()) }
    }

    func run() async {
        if let (purge, changes) = purges {
            await withDiscardingTaskGroup { group in
                for await change in changes.cancelOnGracefulShutdown() {
                    group.addTask { await purge.send(change) }
                }
            }
        } else {
            try? await gracefulShutdown()
        }
        store.changes.stopObserving(observer)
    }
}
