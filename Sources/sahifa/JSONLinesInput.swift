import CompressNIO
import Foundation
import NIOCore

/// Reads JSON Lines from a file or standard input, one line at a time, whether the bytes are
/// plain or gzip-compressed (recognised by their first two bytes, not by the file name).
struct JSONLinesInput {
    enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String)
        case corruptGzip(String)

        var description: String {
            switch self {
            case .cannotOpen(let path): "cannot open \(path): check the path and its permissions"
            case .corruptGzip(let path): "\(path) looks gzip-compressed but cannot be decompressed"
            }
        }
    }

    let name: String
    /// The file's size, for progress; nil for standard input.
    let size: Int?
    /// Bytes read from the file or standard input so far (compressed bytes when compressed).
    private(set) var bytesRead = 0
    private(set) var lineNumber = 0
    private let handle: FileHandle
    private var inflater: ZlibDecompressor?
    private var decided = false
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var finished = false

    /// - Parameter path: a file, or `-` for standard input.
    /// - Throws: `Failure.cannotOpen`.
    init(path: String) throws {
        if path == "-" {
            handle = .standardInput
            name = "standard input"
            size = nil
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else { throw Failure.cannotOpen(path) }
            handle = opened
            name = path
            size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        }
    }

    /// The next line without its newline, or nil at the end. Empty lines are skipped.
    mutating func nextLine() throws -> [UInt8]? {
        while true {
            if let newline = pending[pendingStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(pending[pendingStart..<newline])
                pendingStart = newline + 1
                lineNumber += 1
                if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
                return line
            }
            if finished {
                guard pendingStart < pending.count else { return nil }
                let line = Array(pending[pendingStart...])
                pendingStart = pending.count
                lineNumber += 1
                return line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) ? nil : line
            }
            pending.removeFirst(pendingStart)
            pendingStart = 0
            try readMore()
        }
    }

    private mutating func readMore() throws {
        let chunk = handle.readData(ofLength: 1 << 20)
        bytesRead += chunk.count
        if chunk.isEmpty {
            finished = true
            return
        }
        if !decided {
            decided = true
            if chunk.count >= 2 && chunk[chunk.startIndex] == 0x1F && chunk[chunk.startIndex + 1] == 0x8B {
                inflater = try ZlibDecompressor(algorithm: .gzip)
            }
        }
        guard let inflater else {
            pending.append(contentsOf: chunk)
            return
        }
        var input = ByteBuffer(bytes: chunk)
        while input.readableBytes > 0 {
            var output = ByteBuffer()
            output.reserveCapacity(4 << 20)
            do {
                try inflater.inflate(from: &input, to: &output)
                pending.append(contentsOf: output.readableBytesView)
                if input.readableBytes > 0 { try inflater.reset() }  // a new gzip member follows
            } catch let error as CompressNIOError where error == .bufferOverflow || error == .inputBufferOverflow {
                pending.append(contentsOf: output.readableBytesView)
                if error == .inputBufferOverflow { break }
            } catch {
                throw Failure.corruptGzip(name)
            }
        }
    }
}
