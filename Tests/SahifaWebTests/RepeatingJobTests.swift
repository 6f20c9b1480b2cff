import Logging
import Synchronization
import Testing

@testable import SahifaWeb

/// What a background job writes to the log: a run of failures once, its end once, and
/// nothing when shutdown stops it in the middle of a round.
@Suite("Background jobs")
struct RepeatingJobTests {
    @Test("a run of failures is logged once when it starts and once when it ends")
    func failuresLoggedOnce() async throws {
        let log = RecordedLog()
        let rounds = Mutex(0)
        let job = RepeatingJob(name: "test", logger: log.logger, pause: .zero, wait: { _ in await Task.yield() }) {
            let round = rounds.withLock { count in
                count += 1
                return count
            }
            if round <= 5 { throw JobError.refused }
            return false
        }
        let running = Task { try await job.run() }
        let deadline = ContinuousClock.now + .seconds(30)
        while !log.messages.contains("background job works again") {
            try #require(ContinuousClock.now < deadline, "the job never recovered")
            await Task.yield()
        }
        running.cancel()
        _ = await running.result
        #expect(log.messages.filter { $0 == "background job failed" }.count == 1)
        #expect(log.messages.filter { $0 == "background job works again" }.count == 1)
    }

    @Test("a round that shutdown cancels is not logged as a failure")
    func cancelledRound() async throws {
        let log = RecordedLog()
        let (started, start) = AsyncStream<Void>.makeStream()
        let job = RepeatingJob(name: "test", logger: log.logger, pause: .seconds(1)) {
            start.yield()
            try await Task.sleep(for: .seconds(3600))
            return false
        }
        let running = Task { try await job.run() }
        for await _ in started { break }
        running.cancel()
        _ = await running.result
        #expect(log.messages.isEmpty, "\(log.messages)")
    }

    private enum JobError: Error { case refused }
}

/// A logger whose messages are kept for the checks.
private final class RecordedLog: Sendable {
    private let recorded = Mutex<[String]>([])

    var messages: [String] { recorded.withLock { $0 } }

    var logger: Logger {
        Logger(label: "sahifa.tests") { _ in Handler(log: self) }
    }

    fileprivate func record(_ message: String) {
        recorded.withLock { $0.append(message) }
    }

    private struct Handler: LogHandler {
        let log: RecordedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            log.record(event.message.description)
        }
    }
}
