import Logging
import SahifaStore
import ServiceLifecycle

/// Works through the queue of articles whose related news is out of date, in the background
/// of a running server: a publish recomputes its own article's list at once and queues the
/// stories whose lists it may change; this picks those up within `idlePause`, so no reader
/// request ever waits for that work.
public struct RelatedNewsWorker: Service {
    let store: any NewsStore
    let logger: Logger
    let idlePause: Duration

    public init(store: any NewsStore, logger: Logger, idlePause: Duration = .seconds(2)) {
        self.store = store
        self.logger = logger
        self.idlePause = idlePause
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    if try await store.refreshRelatedNews(limit: 200) > 0 { continue }
                } catch {
                    logger.error("related news could not be worked out", metadata: ["sahifa.error": "\(error)"])
                }
                try? await Task.sleep(for: idlePause)
            }
        }
    }
}
