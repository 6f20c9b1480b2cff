import Logging
import ServiceLifecycle

/// Background work beside the HTTP server, run again and again until graceful shutdown:
/// `work` answers whether there may be more to do at once; otherwise the job pauses.
/// Failures are logged and the job carries on, so one bad round never stops it.
public struct RepeatingJob: Service {
    let name: String
    let logger: Logger
    let pause: Duration
    let work: @Sendable () async throws -> Bool

    public init(name: String, logger: Logger, pause: Duration, work: @escaping @Sendable () async throws -> Bool) {
        self.name = name
        self.logger = logger
        self.pause = pause
        self.work = work
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    if try await work() { continue }
                } catch {
                    logger.error("background job failed", metadata: ["sahifa.job": "\(name)", "sahifa.error": "\(error)"])
                }
                try? await Task.sleep(for: pause)
            }
        }
    }
}
