/// Finds the next occurrence of a short byte pattern, remembering its last answer. The tokenizer
/// asks from positions that only move forward, so a stretch of input without the pattern is
/// scanned once however many unclosed tags or quotes ask across it: the whole scan stays linear.
struct ForwardFinder {
    private let pattern: [UInt8]
    private let ignoringASCIICase: Bool
    /// The last query's start and its answer: no occurrence starts in `searchedFrom..<found`.
    private var searchedFrom = Int.max
    private var found = 0

    init(_ pattern: String, ignoringASCIICase: Bool = false) {
        self.pattern = Array(pattern.utf8).map { ignoringASCIICase ? Self.lowercased($0) : $0 }
        self.ignoringASCIICase = ignoringASCIICase
    }

    /// Where the pattern next starts at or after `start`, or `bytes.count` when it does not.
    mutating func next(in bytes: [UInt8], from start: Int) -> Int {
        if start >= searchedFrom && start <= found {
            return found
        }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if matches(bytes, at: index) { break }
            index += 1
        }
        searchedFrom = start
        found = index <= last ? index : bytes.count
        return found
    }

    private func matches(_ bytes: [UInt8], at index: Int) -> Bool {
        for offset in 0..<pattern.count {
            let byte = ignoringASCIICase ? Self.lowercased(bytes[index + offset]) : bytes[index + offset]
            if byte != pattern[offset] { return false }
        }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
