import Foundation

/// The items of an export small enough to keep whole from the first reading, so the file is
/// not read a second time. Once their bodies pass `limit` bytes the kept items are let go and
/// the rest of the first reading skips bodies: a big export is read twice, as a stream.
final class KeptItems: @unchecked Sendable {
    private let lock = NSLock()
    private let limit: Int
    private var bytes = 0
    private var kept: [WordPressItem]? = []

    init(limit: Int) {
        self.limit = limit
    }

    /// Whether bodies are still worth reading; asked by the reading thread as each body starts.
    var hasRoom: Bool { lock.withLock { kept != nil } }

    /// Every item, in the file's order, when all of them were kept.
    var items: [WordPressItem]? { lock.withLock { kept } }

    func keep(_ items: [WordPressItem]) {
        lock.withLock {
            guard kept != nil else { return }
            bytes += items.reduce(0) { $0 + $1.content.utf8.count }
            if bytes > limit {
                kept = nil
            } else {
                kept?.append(contentsOf: items)
            }
        }
    }
}
