import Foundation

/// The lines of a table file read a megabyte at a time, so a table of any size is restored
/// in the memory of one batch.
struct TableFileLines {
    private let file: FileHandle
    private var buffer = Data()
    /// Where the next line starts in `buffer`; what is before it has been handed out.
    private var position = 0
    private var atEnd = false

    init(_ url: URL) throws {
        file = try FileHandle(forReadingFrom: url)
    }

    /// The next line without its newline, or nil at the end of the file.
    mutating func next() throws -> Data? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                defer { position = newline + 1 }
                return Data(buffer[position..<newline])
            }
            if atEnd {
                defer { position = buffer.count }
                return position == buffer.count ? nil : Data(buffer[position...])
            }
            let chunk = try file.read(upToCount: 1 << 20) ?? Data()
            buffer = Data(buffer[position...])
            position = 0
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }

    func close() {
        try? file.close()
    }
}
