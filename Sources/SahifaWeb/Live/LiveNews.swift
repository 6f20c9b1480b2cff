import Foundation
import NIOCore
import Synchronization

/// The live channel to open reader pages: numbered events fanned out to every connected
/// reader, with the latest ones kept so a reader who reconnects with `Last-Event-ID` gets
/// what it missed.
final class LiveNews: Sendable {
    /// One server-sent event, already in its wire form.
    struct Event: Sendable {
        let id: UInt64
        let name: String
        let wire: ByteBuffer
    }

    /// What a new connection gets: the events it missed, then everything from now on.
    struct Subscription: Sendable {
        let missed: [Event]
        let events: AsyncStream<Event>
    }

    private struct State {
        var kept: [Event] = []
        /// The newest event of each name, for a reader whose gap is longer than `kept`.
        var latestByName: [String: Event] = [:]
        var lastID: UInt64
        var listeners: [UInt64: AsyncStream<Event>.Continuation] = [:]
        var nextListener: UInt64 = 0
        var isClosed = false
    }

    private let state: Mutex<State>
    private let keptEvents: Int

    /// Event ids start from the time the server started, in milliseconds, so a reader who
    /// reconnects after a restart has an id below every new event and is brought up to date.
    init(keptEvents: Int = 512, startedAt: Date = Date()) {
        self.keptEvents = keptEvents
        state = Mutex(State(lastID: UInt64(max(0, startedAt.timeIntervalSince1970 * 1000))))
    }

    var lastEventID: UInt64 { state.withLock { $0.lastID } }

    var listenerCount: Int { state.withLock { $0.listeners.count } }

    /// Sends an event to every reader connected now.
    func publish(_ name: String, data: String) {
        state.withLock { state in
            guard !state.isClosed else { return }
            state.lastID += 1
            let wire = "id: \(state.lastID)\nevent: \(name)\ndata: \(data)\n\n"
            let event = Event(id: state.lastID, name: name, wire: ByteBuffer(string: wire))
            state.kept.append(event)
            if state.kept.count > keptEvents { state.kept.removeFirst() }
            state.latestByName[name] = event
            for listener in state.listeners.values { listener.yield(event) }
        }
    }

    /// A comment line to every reader, so idle connections stay open through proxies and
    /// closed ones are noticed.
    func keepAlive() {
        let event = Event(id: 0, name: "", wire: ByteBuffer(string: ": keep-alive\n\n"))
        state.withLock { state in
            for listener in state.listeners.values { listener.yield(event) }
        }
    }

    /// Registers a reader who last saw `lastSeen` (nil for a new reader), atomically with
    /// working out what it missed, so no event falls between the two.
    func subscribe(after lastSeen: UInt64?) -> Subscription {
        let (stream, continuation) = AsyncStream<Event>.makeStream(bufferingPolicy: .bufferingNewest(256))
        let missed: [Event] = state.withLock { state in
            if state.isClosed {
                continuation.finish()
                return []
            }
            let id = state.nextListener
            state.nextListener += 1
            state.listeners[id] = continuation
            continuation.onTermination = { [weak self] _ in
                _ = self?.state.withLock { $0.listeners.removeValue(forKey: id) }
            }
            guard let lastSeen, lastSeen < state.lastID else { return [] }
            if let oldest = state.kept.first, oldest.id <= lastSeen + 1 {
                return state.kept.filter { $0.id > lastSeen }
            }
            // Too long away: the latest state of each kind instead of every step.
            return state.latestByName.values.filter { $0.id > lastSeen }.sorted { $0.id < $1.id }
        }
        return Subscription(missed: missed, events: stream)
    }

    /// Ends every reader's stream, for a graceful shutdown.
    func close() {
        let listeners = state.withLock { state in
            state.isClosed = true
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
