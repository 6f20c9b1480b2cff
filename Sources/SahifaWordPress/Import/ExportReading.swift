import Foundation
import SahifaStore

/// Reads an export on a thread of its own and hands its items over in batches, at most two
/// ahead of the importer, so the XML parser (which blocks) never holds up the async writes and
/// memory holds no more than a few batches. A small export's items, kept whole by the first
/// reading, are handed over the same way.
enum ExportReading {
    /// Everything read: the site first, then the items in batches of `batchSize`, the first of
    /// them smaller (`firstBatch`).
    enum Piece: Sendable {
        case site(WordPressSite)
        case items([WordPressItem])
    }

    /// The pieces, and what the importer calls when it has dealt with one, making room for the next.
    typealias Reading = (pieces: AsyncThrowingStream<Piece, any Error>, done: @Sendable () -> Void)

    /// The size of the first batch: the writer waits for it to be converted, and starts sooner
    /// on a small one; the rest keep it busy while the next is converted.
    static func firstBatch(of batchSize: Int) -> Int {
        max(1, batchSize / 5)
    }

    /// Items a reading already holds, handed over in batches as a reading of the file would.
    static func pieces(of items: [WordPressItem], batchSize: Int) -> Reading {
        let (pieces, continuation) = AsyncThrowingStream<Piece, any Error>.makeStream()
        let first = min(firstBatch(of: batchSize), items.count)
        if first > 0 { continuation.yield(.items(Array(items[..<first]))) }
        for batch in Array(items[first...]).sliced(every: batchSize) { continuation.yield(.items(batch)) }
        continuation.finish()
        return (pieces, {})
    }

    /// The export read afresh; `bodies` is asked as each item's body starts.
    static func pieces(
        of openExport: @escaping @Sendable () throws -> () throws -> [UInt8]?, batchSize: Int,
        bodies: @escaping @Sendable () -> Bool = { true }
    ) -> Reading {
        let room = DispatchSemaphore(value: 2)
        let stream = AsyncThrowingStream<Piece, any Error> { continuation in
            let stopped = Stopped()
            continuation.onTermination = { _ in
                stopped.stop()
                room.signal()
            }
            let thread = Thread {
                do {
                    var batch: [WordPressItem] = []
                    var size = firstBatch(of: batchSize)
                    func hand(_ piece: Piece) throws {
                        room.wait()
                        if stopped.isStopped { throw CancellationError() }
                        continuation.yield(piece)
                    }
                    let chunks = ChunksAhead(try openExport())
                    defer { chunks.stop() }
                    try WordPressExportReader.read(
                        chunks.next,
                        bodies: bodies,
                        site: { try hand(.site($0)) },
                        item: { item in
                            batch.append(item)
                            if batch.count == size {
                                try hand(.items(batch))
                                batch = []
                                size = batchSize
                            }
                        }
                    )
                    if !batch.isEmpty { try hand(.items(batch)) }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        return (stream, { room.signal() })
    }

    /// Lets the importer say it has stopped listening, and the reading thread see it.
    private final class Stopped: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false

        var isStopped: Bool { lock.withLock { stopped } }

        func stop() { lock.withLock { stopped = true } }
    }
}
