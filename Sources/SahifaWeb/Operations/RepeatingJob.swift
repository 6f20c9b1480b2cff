import Logging
import ServiceLifecycle

/// Background work beside the HTTP server, run again and again until graceful shutdown:
/// `work` answers whether there may be more to do at once; otherwise the job pauses.
/// Failures are logged and the job carries on, so one bad round never stops it. A run of
/// failures (the database away for an hour) is logged when it starts, then at most once every
/// `failureLogInterval`, and its end once, so the log says what happened without thousands
/// of identical lines.
public struct RepeatingJob: Service {
    static let failureLogInterval: Duration = .seconds(60)

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
            var failures = 0
            var loggedAt = ContinuousClock.now
            while !Task.isCancelled {
                do {
                    let more = try await work()
                    if failures > 0 {
                        logger.info(
                            "background job works again",
                            metadata: ["sahifa.job": "\(name)", "sahifa.failures": "\(failures)"])
                        failures = 0
                    }
                    if more { continue }
                } catch {
                    // Shutdown cancels a round in the middle; that is the job ending, not failing.
                    if Task.isCancelled { break }
                    failures += 1
                    let now = ContinuousClock.now
                    if failures == 1 || now - loggedAt >= Self.failureLogInterval {
                        loggedAt = now
                        logger.error(
                            "background job failed",
                            metadata: [
                                "sahifa.job": "\(name)", "sahifa.error": "\(error)", "sahifa.failures": "\(failures)",
                            ]
                        )
                    }
                }
                await wait(pause)
            }
        }
    }
}
