import SahifaStore
import Synchronization

/// The reader connections of one database file. A read borrows an idle connection (or opens
/// one), runs in one transaction on the calling thread, and gives the connection back.
///
/// GRDB's `DatabasePool` does the same with a semaphore and a dispatch queue per reader; under
/// load that hand-off cost more than the page's queries (docs/PERFORMANCE.md). Reads here run
/// synchronously on the calling task's thread (under `sahifa serve`, the request's event loop),
/// so the number of connections settles at about the number of threads that read at once;
/// writes stay with GRDB.
final class ReaderConnections: Sendable {
    private let path: String
    private let trace: (@Sendable (String) -> Void)?
    private let idle = Mutex<[ReaderConnection]>([])

    init(path: String, trace: (@Sendable (String) -> Void)?) {
        self.path = path
        self.trace = trace
    }

    /// Runs `read` in one read transaction, so all its queries see one snapshot.
    func read<T>(_ read: (ReaderConnection) throws -> T) throws -> T {
        let connection = try idle.withLock { $0.popLast() } ?? ReaderConnection(path: path, trace: trace)
        defer { idle.withLock { $0.append(connection) } }
        _ = try connection.rows("BEGIN DEFERRED TRANSACTION") { _ in () }
        do {
            let value = try read(connection)
            _ = try connection.rows("COMMIT TRANSACTION") { _ in () }
            return value
        } catch {
            _ = try? connection.rows("ROLLBACK TRANSACTION") { _ in () }
            throw error
        }
    }
}
