import Foundation

/// An input stream over chunks of bytes from a closure (a file, read and perhaps decompressed
/// piece by piece), so `XMLParser` reads an export of any size in constant memory. It also
/// refuses a document type declaration before the root element, since XMLParser would
/// otherwise expand the entities it declares.
final class ChunkInputStream: InputStream {
    private let nextChunk: () throws -> [UInt8]?
    private var chunk: [UInt8] = []
    private var offset = 0
    private var inProlog = true
    private(set) var failure: (any Error)?
    private var finished = false

    init(nextChunk: @escaping () throws -> [UInt8]?) {
        self.nextChunk = nextChunk
        super.init(data: Data())
    }

    override func open() {}

    override func close() {}

    override var hasBytesAvailable: Bool { !finished }

    // XMLParser asks for these when a read fails; the base class's would look at the empty
    // data stream it was made with.
    override var streamError: (any Error)? { failure }

    override var streamStatus: Stream.Status {
        failure != nil ? .error : finished ? .atEnd : .open
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while offset == chunk.count {
            guard !finished else { return 0 }
            do {
                guard let next = try nextChunk() else {
                    finished = true
                    return 0
                }
                chunk = next
                offset = 0
                if inProlog { try checkProlog(next) }
            } catch {
                failure = error
                finished = true
                return -1
            }
        }
        let count = min(length, chunk.count - offset)
        chunk.withUnsafeBufferPointer { bytes in
            buffer.update(from: bytes.baseAddress! + offset, count: count)
        }
        offset += count
        return count
    }

    /// Looks through the bytes before the root element for `<!DOCTYPE`.
    private func checkProlog(_ bytes: [UInt8]) throws {
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                let next = bytes[index + 1]
                if next == UInt8(ascii: "!"), index + 9 <= bytes.count,
                    String(decoding: bytes[(index + 2)..<(index + 9)], as: UTF8.self).uppercased() == "DOCTYPE"
                {
                    throw WordPressExportError.documentTypeDeclared
                }
                if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next | 0x20) {
                    inProlog = false
                    return
                }
            }
            index += 1
        }
    }
}
