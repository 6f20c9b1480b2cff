import Foundation

/// Reads JSON Lines from a file or standard input, one line at a time, plain or gzip-compressed.
struct JSONLinesInput {
    typealias Failure = FileChunks.Failure

    private var chunks: FileChunks
    private(set) var lineNumber = 0
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var finished = false

    var name: String { chunks.name }
    /// The file's size, for progress; nil for standard input.
    var size: Int? { chunks.size }
    /// Bytes read from the file or standard input so far (compressed bytes when compressed).
    var bytesRead: Int { chunks.bytesRead }

    /// - Parameter path: a file, or `-` for standard input.
    /// - Throws: `Failure.cannotOpen`.
    init(path: String) throws {
        chunks = try FileChunks(path: path)
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
        guard let chunk = try chunks.next() else {
            finished = true
            return
        }
        pending.append(contentsOf: chunk)
    }
}
