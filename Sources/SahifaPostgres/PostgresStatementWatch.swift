import Logging
import NIOCore
import PostgresNIO
import SahifaStore
import Synchronization

/// Sends a statement so that its caller always gets an answer, even from a dead connection.
///
/// PostgresNIO 1.33 never answers a statement written to a connection whose channel has
/// closed and already dropped its handlers: the statement reaches no handler, and its
/// promise is never kept (vapor/postgres-nio#487 fixed this and #501 reverted the fix). A
/// pool hands such a connection out in the moment between the server closing it and the
/// pool hearing of it, and a server that restarts closes every connection at once, so under
/// load some reader or write would wait forever. Each statement therefore runs in a task of
/// its own while a timer on the connection's event loop looks at the connection every
/// `interval`; once it has seen the connection closed twice running, the statement has had
/// all the time a real answer would need, and the caller is told the server went away.
enum PostgresStatementWatch {
    /// How often the watch looks at the connection.
    static let interval = TimeAmount.milliseconds(500)

    /// The rows of `query`, or the error the connection gave, or `StoreError.unavailable`
    /// when the connection closed and no answer came.
    static func answer(
        to query: PostgresQuery, on connection: PostgresConnection, logger: Logger
    ) async throws -> PostgresRowSequence {
        try await withCheckedThrowingContinuation { continuation in
            let reply = SingleReply(continuation)
            let closedSightings = Mutex(0)
            let watch = connection.eventLoop.scheduleRepeatedTask(initialDelay: interval, delay: interval) { watch in
                guard connection.isClosed else { return }
                let sightings = closedSightings.withLock { count in
                    count += 1
                    return count
                }
                guard sightings >= 2 else { return }
                watch.cancel()
                reply.give(.failure(StoreError.unavailable(reason: "the connection closed without answering")))
            }
            Task {
                let result = await Result(catching: { try await connection.query(query, logger: logger) })
                watch.cancel()
                reply.give(result)
            }
        }
    }
}

/// A continuation resumed by whichever of the statement and its watch answers first.
private final class SingleReply: Sendable {
    private let continuation: Mutex<CheckedContinuation<PostgresRowSequence, any Error>?>

    init(_ continuation: CheckedContinuation<PostgresRowSequence, any Error>) {
        self.continuation = Mutex(continuation)
    }

    func give(_ result: Result<PostgresRowSequence, any Error>) {
        let waiting = continuation.withLock { continuation in
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(with: result)
    }
}

extension Result where Failure == any Error {
    fileprivate init(catching body: () async throws -> Success) async {
        do {
            self = .success(try await body())
        } catch {
            self = .failure(error)
        }
    }
}
