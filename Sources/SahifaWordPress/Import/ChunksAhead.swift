import Foundation

/// An export's bytes made on a thread of their own, a chunk or two ahead of the XML parser:
/// inflating a gzip export costs about as much as parsing it, so the two share the cores.
final class ChunksAhead: @unchecked Sendable {
    private static let ahead = 2
    private let condition = NSCondition()
    private var ready: [Result<[UInt8]?, any Error>] = []
    private var stopped = false

    /// Starts making chunks with `next` until it answers nil or throws, or `stop()` is called.
    init(_ next: @escaping () throws -> [UInt8]?) {
        // Only the making thread calls `next` from here on.
        nonisolated(unsafe) let next = next
        let thread = Thread { [self] in
            while true {
                let chunk = Result { try next() }
                condition.lock()
                while ready.count >= Self.ahead && !stopped { condition.wait() }
                let stop = stopped
                if !stop { ready.append(chunk) }
                condition.signal()
                condition.unlock()
                if stop { return }
                switch chunk {
                case .success(nil), .failure: return
                case .success: continue
                }
            }
        }
        thread.start()
    }

    /// The next chunk, waiting for it if need be; nil at the end.
    func next() throws -> [UInt8]? {
        condition.lock()
        while ready.isEmpty { condition.wait() }
        let chunk = ready.removeFirst()
        condition.signal()
        condition.unlock()
        return try chunk.get()
    }

    /// Lets the making thread end without making the rest.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }
}
