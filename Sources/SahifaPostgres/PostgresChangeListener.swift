import Logging
import PostgresNIO
import SahifaStore
import Synchronization

/// Listens on the change channel on a connection of its own, outside the pool (so it never
/// takes a connection the store's reads and writes need), and wakes whoever waits for
/// changes when another instance (or this one) commits one. Started on the first wait, so
/// commands that never wait never hold the connection. A lost connection is opened again
/// after a second; meanwhile waits simply time out and the waiter reads the change log anyway.
/// While the server is away, only the first failed attempt is a warning in the log.
final class PostgresChangeListener: Sendable {
    /// Each waiter's continuation, or nil when it was woken before it got to wait.
    private let waiters = Mutex<[UInt64: CheckedContinuation<Void, Never>?]>([:])
    private let nextWaiter = Atomic<UInt64>(0)
    private let listening = Mutex<Task<Void, Never>?>(nil)

    /// Returns when a change is notified or after `timeout`, whichever comes first.
    func wait(upTo timeout: Duration, location: PostgresLocation, logger: Logger) async {
        startListening(location: location, logger: logger)
        let id = nextWaiter.add(1, ordering: .relaxed).newValue
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let wokenAlready = self.waiters.withLock { waiters in
                        if waiters.keys.contains(id) { return waiters.removeValue(forKey: id) != nil }
                        waiters[id] = continuation
                        return false
                    }
                    if wokenAlready { continuation.resume() }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                self.wake(id)
            }
            // Whichever ends first, the sleeper wakes the waiter or the waiter's end stops the sleeper.
            await group.next()
            group.cancelAll()
        }
        waiters.withLock { _ = $0.removeValue(forKey: id) }
    }

    /// Resumes the waiter, or marks it woken if it has not started waiting yet.
    private func wake(_ id: UInt64) {
        let continuation = waiters.withLock { waiters -> CheckedContinuation<Void, Never>? in
            switch waiters[id] {
            case .some(.some(let continuation)):
                waiters[id] = .some(nil)
                return continuation
            case .some(.none):
                return nil
            case .none:
                waiters[id] = .some(nil)
                return nil
            }
        }
        continuation?.resume()
    }

    private func wakeAll() {
        for id in waiters.withLock({ Array($0.keys) }) { wake(id) }
    }

    private func startListening(location: PostgresLocation, logger: Logger) {
        listening.withLock { task in
            guard task == nil else { return }
            task = Task {
                var interrupted = false
                while !Task.isCancelled {
                    do {
                        let connection = try await PostgresConnection.connect(
                            configuration: try location.connectionConfiguration(), id: 0, logger: logger
                        )
                        if interrupted {
                            logger.info("change notifications resumed")
                            interrupted = false
                        }
                        do {
                            try await connection.listen(on: PostgresNewsStore.changeChannel) { notifications in
                                for try await _ in notifications { self.wakeAll() }
                            }
                        } catch {
                            try? await connection.close()
                            throw error
                        }
                        try? await connection.close()
                    } catch {
                        logger.log(
                            level: interrupted ? .debug : .warning,
                            "change notifications interrupted",
                            metadata: ["sahifa.error": "\(PostgresNewsStore.reason(error))"]
                        )
                        interrupted = true
                    }
                    try? await Task.sleep(for: .seconds(1))
                }
            }
        }
    }

    deinit {
        listening.withLock { $0?.cancel() }
    }
}
