import Foundation

/// Reads an export on a thread of its own and hands its items over in batches, at most two
/// ahead of the importer, so the XML parser (which blocks) never holds up the async writes and
/// memory holds no more than a few batches.
enum ExportReading {
    /// Everything read: the site first, then the items in batches of `batchSize`.
    enum Piece: Sendable {
        case site(WordPressSite)
        case items([WordPressItem])
    }

    /// The pieces, and what the importer calls when it has dealt with one, making room for the next.
    static func pieces(
        of openExport: @escaping @Sendable () throws -> () throws -> [UInt8]?, batchSize: Int, bodies: Bool = true
    ) -> (pieces: AsyncThrowingStream<Piece, any Error>, done: @Sendable () -> Void) {
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
                    func hand(_ piece: Piece) throws {
                        room.wait()
                        if stopped.isStopped { throw CancellationError() }
                        continuation.yield(piece)
                    }
                    try WordPressExportReader.read(
                        try openExport(),
                        bodies: bodies,
                        site: { try hand(.site($0)) },
                        item: { item in
                            batch.append(item)
                            if batch.count == batchSize {
                                try hand(.items(batch))
                                batch = []
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
