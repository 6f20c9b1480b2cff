import Logging
import ServiceLifecycle

/// Background work beside the HTTP server, run again and again until graceful shutdown:
/// `work` answers whether there may be more to do at once; otherwise the job pauses.
/// Failures are logged and the job carries on, so one bad round never stops it.
public struct RepeatingJob: Service {
    let name: String
    let logger: Logger
    let pause: Duration
    /// How the job pauses: by default it sleeps; a job may instead wait for a signal, up to `pause`.
    let wait: @Sendable (Duration) async -> Void
    let work: @Sendable () async throws -> Bool

    public init(
        name: String,
        logger: Logger,
        pause: Duration,
        wait: @escaping @Sendable (Duration) async -> Void = { try? await Task.sleep(for: $0) },
        work: @escaping @Sendable () async throws -> Bool
    ) {
        self.name = name
        self.logger = logger
        self.pause = pause
        self.wait = wait
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
                await wait(pause)
            }
        }
    }
}
