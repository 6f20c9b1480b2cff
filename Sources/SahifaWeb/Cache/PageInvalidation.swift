import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
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

/// Tells a CDN which surrogate keys to purge: a POST to the configured URL with the keys in a
/// `Surrogate-Key` header (Fastly's convention) and as JSON (`{"surrogate_keys": [...]}`).
struct CDNPurge: Sendable {
    let url: String
    let logger: Logger

    func send(_ change: NewsChange) async {
        let keys = change.dependencies.map(\.surrogateKey).sorted()
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Surrogate-Key", value: keys.joined(separator: " "))
        let body: JSONValue = ["surrogate_keys": .array(keys.map { .string($0) })]
        request.body = .bytes(ByteBuffer(string: body.serialized))
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            if !(200..<300).contains(response.status.code) {
                logger.warning("CDN purge refused", metadata: ["sahifa.status": "\(response.status.code)"])
            }
        } catch {
            logger.warning("CDN purge failed", metadata: ["sahifa.error": "\(error)"])
        }
    }
}
