import Synchronization

/// Remembers one value per number (a calendar day, a quarter of an hour), shared by every
/// request. Bounded: when it holds `limit` values it starts again, which a news site reaches
/// only over decades of archive.
final class NumberedMemo<Value: Sendable>: Sendable {
    private let values = Mutex<[Int: Value]>([:])
    private let limit = 20_000

    func value(for number: Int, make: () -> Value) -> Value {
        if let known = values.withLock({ $0[number] }) { return known }
        let made = make()
        values.withLock { values in
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[number] = made
        }
        return made
    }
}
