import Synchronization

/// Remembers one string per calendar day, shared by every request. Bounded: when it holds
/// `limit` days it starts again, which a news site reaches only over decades of archive.
final class DayMemo: Sendable {
    private let values = Mutex<[Int: String]>([:])
    private let limit = 20_000

    func value(forDay day: Int, make: () -> String) -> String {
        if let known = values.withLock({ $0[day] }) { return known }
        let made = make()
        values.withLock { values in
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[day] = made
        }
        return made
    }
}
