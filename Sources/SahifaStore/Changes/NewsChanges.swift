import Foundation
import Synchronization

/// Tells whoever listens (the page cache, live readers, a CDN purge) what each committed
/// write changed. Announcements are made after the transaction commits and before the write
/// call returns, so a listener that reads the store sees the change, and an observer (the
/// page cache) has acted on it before the writer can read a page again.
///
/// Every store opened on the same database in one process shares one `NewsChanges` (see
/// `shared(for:)`), so a command or test writing through its own store instance still
/// reaches the server's listeners.
public final class NewsChanges: Sendable {
    private let listeners = Mutex<[UInt64: AsyncStream<NewsChange>.Continuation]>([:])
    private let observers = Mutex<[UInt64: @Sendable (NewsChange) -> Void]>([:])
    private let nextListener = Atomic<UInt64>(0)
    /// Recorded changes this process announced itself, so the poller does not repeat them.
    private let announcedHere = Mutex<Set<Int64>>([])

    public init() {}

    /// Every change announced from now on, in order, until the stream is dropped.
    public func subscribe() -> AsyncStream<NewsChange> {
        let (stream, continuation) = AsyncStream<NewsChange>.makeStream(bufferingPolicy: .unbounded)
        let id = nextListener.add(1, ordering: .relaxed).newValue
        listeners.withLock { $0[id] = continuation }
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.removeValue(forKey: id) }
        }
        return stream
    }

    /// Calls `observer` with every change inside `announce`, before the writer's call returns:
    /// for what must be done before anyone can read the page again (dropping cached pages).
    /// It must be quick and must not block. Returns a token for `stopObserving`.
    public func observe(_ observer: @escaping @Sendable (NewsChange) -> Void) -> UInt64 {
        let id = nextListener.add(1, ordering: .relaxed).newValue
        observers.withLock { $0[id] = observer }
        return id
    }

    public func stopObserving(_ token: UInt64) {
        _ = observers.withLock { $0.removeValue(forKey: token) }
    }

    /// Announces a change this process made; `sequence` is its number in the store's record.
    public func announce(_ change: NewsChange, sequence: Int64? = nil) {
        if let sequence { _ = announcedHere.withLock { $0.insert(sequence) } }
        deliver(change)
    }

    /// Announces a change read back from the store's record, unless this process made it.
    public func announceRecorded(_ recorded: RecordedChange) {
        let isOwn = announcedHere.withLock { $0.remove(recorded.sequence) != nil }
        if !isOwn { deliver(recorded.change) }
    }

    private func deliver(_ change: NewsChange) {
        guard !change.dependencies.isEmpty else { return }
        for observer in observers.withLock({ Array($0.values) }) { observer(change) }
        for listener in listeners.withLock({ Array($0.values) }) { listener.yield(change) }
    }

    private static let registry = Mutex<[String: NewsChanges]>([:])

    /// The one announcer for the database at `location` in this process.
    public static func shared(for location: String) -> NewsChanges {
        let key = location.contains("://") ? location : URL(fileURLWithPath: location).standardizedFileURL.path
        return registry.withLock { registry in
            if let existing = registry[key] { return existing }
            let changes = NewsChanges()
            registry[key] = changes
            return changes
        }
    }
}
