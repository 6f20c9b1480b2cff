import CompressNIO
import Foundation
import NIOCore

/// A file's or standard input's bytes a piece at a time, decompressed when they are
/// gzip-compressed (recognised by their first two bytes, not by the file name), so an import
/// reads a file of any size in constant memory.
struct FileChunks {
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
    private let handle: FileHandle
    private var inflater: ZlibDecompressor?
    private var decided = false

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

    /// The next piece of the (decompressed) bytes, or nil at the end.
    /// - Throws: `Failure.corruptGzip`.
    mutating func next() throws -> [UInt8]? {
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            bytesRead += chunk.count
            if chunk.isEmpty { return nil }
            if !decided {
                decided = true
                if chunk.count >= 2 && chunk[chunk.startIndex] == 0x1F && chunk[chunk.startIndex + 1] == 0x8B {
                    inflater = try ZlibDecompressor(algorithm: .gzip)
                }
            }
            guard let inflater else { return Array(chunk) }
            let inflated = try inflate(chunk, with: inflater)
            if !inflated.isEmpty { return inflated }
        }
    }

    private func inflate(_ chunk: Data, with inflater: ZlibDecompressor) throws -> [UInt8] {
        var pending: [UInt8] = []
        var input = ByteBuffer(bytes: chunk)
        // One output buffer for the whole chunk, its bytes copied out at once each time it fills.
        var output = ByteBuffer()
        output.reserveCapacity(4 << 20)
        while input.readableBytes > 0 {
            do {
                try inflater.inflate(from: &input, to: &output)
                output.withUnsafeReadableBytes { pending.append(contentsOf: $0) }
                output.clear()
                if input.readableBytes > 0 { try inflater.reset() }  // a new gzip member follows
            } catch let error as CompressNIOError where error == .bufferOverflow || error == .inputBufferOverflow {
                output.withUnsafeReadableBytes { pending.append(contentsOf: $0) }
                output.clear()
                if error == .inputBufferOverflow { break }
            } catch {
                throw Failure.corruptGzip(name)
            }
        }
        return pending
    }
}
