import PostgresNIO
import SahifaStore
import Synchronization

/// How the store notices that its server is away, and gives up on it quickly.
///
/// While no connection can be made, PostgresNIO's pool queues every lease and keeps trying
/// to connect (backing off up to a minute between tries); queued leases fail only when its
/// circuit breaker trips, after a minute of failures. A reader would wait all that time, so
/// `withConnection(on:wait:_:)` gives up after `wait`. Once a connection is leased, the work
/// on it runs to its end, with no deadline, which could not tell whether a write had
/// committed: a connection that dies fails its statement (`PostgresStatementWatch` makes
/// sure of that), and is closed before it goes back to the pool.
enum PostgresAvailability {
    /// Runs `body` on a connection from `client`.
    /// - Throws: `StoreError.unavailable` when no connection comes within `wait`, when the
    ///   pool cannot give one, or when `body` fails because the connection or server went away.
    static func withConnection<T: Sendable>(
        on client: PostgresClient,
        wait: Duration,
        _ body: @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let lease = LeaseRace()
        // The group waits for both of its tasks, so `body` never outlives this call.
        return try await withoutActuallyEscaping(body) { body in
            try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    do {
                        return try await client.withConnection { connection in
                            // The deadline passed just as the connection came: it goes back unused.
                            guard lease.claim() else { throw CancellationError() }
                            do {
                                return try await body(connection)
                            } catch {
                                if error is DeadConnection || unavailability(error) != nil { await giveUp(connection) }
                                throw error
                            }
                        }
                    } catch {
                        if !lease.isClaimed && !Task.isCancelled {
                            throw StoreError.unavailable(
                                reason: "no connection to the database: \(PostgresNewsStore.reason(error))")
                        }
                        if let reason = unavailability(error) { throw StoreError.unavailable(reason: reason) }
                        throw error
                    }
                }
                group.addTask {
                    do { try await Task.sleep(for: wait) } catch { return nil }
                    guard lease.abandon() else { return nil }
                    throw StoreError.unavailable(reason: "no connection to the database within \(wait)")
                }
                defer { group.cancelAll() }
                for try await case let answer? in group { return answer }
                // Unreachable: the connection task answers or throws; nil comes only from the timer.
                throw StoreError.unavailable(reason: "no answer from the database")
            }
        }
    }

    /// Thrown by work that found its connection dead before it sent anything that could change
    /// anything, so the caller may lease another and start again.
    struct DeadConnection: Error {
        let reason: String
    }

    /// Closes a connection that failed as the server going away, and waits until the close is
    /// complete, before the lease hands it back. The pool hears of a close only from the
    /// connection's close future; a connection handed back before that is lent out again at
    /// once, still dead, and a caller's every retry could land on it.
    private static func giveUp(_ connection: PostgresConnection) async {
        _ = connection.close() as EventLoopFuture<Void>
        try? await connection.closeFuture.get()
    }

    /// Why `error` means the server is away rather than that the statement was refused, or nil.
    static func unavailability(_ error: any Error) -> String? {
        switch error {
        case StoreError.unavailable(let reason):
            return reason
        case let error as PSQLError:
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
                return PostgresNewsStore.reason(error)
            case .server:
                guard let state = error.serverInfo?[.sqlState], isUnavailable(sqlState: state) else { return nil }
                return PostgresNewsStore.reason(error)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    /// Connection exceptions (class 08), and the server shutting down or starting up
    /// (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now).
    private static func isUnavailable(sqlState: String) -> Bool {
        sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(sqlState)
    }
}

/// Who won between a lease and its deadline: the first to move decides.
private final class LeaseRace: Sendable {
    private enum State { case waiting, claimed, abandoned }
    private let state = Mutex(State.waiting)

    /// Whether the connection may be used; false once the deadline gave up on it.
    func claim() -> Bool { settle(.claimed) }

    /// Whether the deadline gave up before a connection came.
    func abandon() -> Bool { settle(.abandoned) }

    var isClaimed: Bool { state.withLock { $0 == .claimed } }

    private func settle(_ outcome: State) -> Bool {
        state.withLock { state in
            guard state == .waiting else { return state == outcome }
            state = outcome
            return true
        }
    }
}
