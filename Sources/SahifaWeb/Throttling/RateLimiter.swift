import Synchronization

/// A token bucket per key (a token's hash, a client address): `perMinute` requests a minute
/// on average, and bursts of up to a minute's worth. Kept in memory per instance.
final class RateLimiter: Sendable {
    let perMinute: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    private struct Bucket {
        var tokens: Double
        var at: ContinuousClock.Instant
    }

    /// Keys kept before idle buckets are let go.
    static let keptKeys = 50_000

    /// A bucket untouched for a minute has refilled, which is the same as none, so it goes.
    /// If even so more than half the keys remain (that many callers within a minute), all
    /// are forgiven: memory stays bounded, and the next pruning is at least half the keys
    /// away, so no request pays for scanning them all again.
    private static func forgetIdle(_ buckets: inout [String: Bucket], now: ContinuousClock.Instant) {
        buckets = buckets.filter { now - $0.value.at < .seconds(60) }
        if buckets.count > keptKeys / 2 { buckets.removeAll(keepingCapacity: true) }
    }

    /// - Parameter perMinute: 0 lets every request through.
    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Takes one request's token for `key`; answers nil when it may go ahead, or the whole
    /// seconds to wait until the next token.
    func take(_ key: String, now: ContinuousClock.Instant = .now) -> Int? {
        guard perMinute > 0 else { return nil }
        let capacity = Double(perMinute)
        let perSecond = capacity / 60
        return buckets.withLock { buckets in
            var bucket = buckets[key] ?? Bucket(tokens: capacity, at: now)
            let elapsed = now - bucket.at
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(capacity, bucket.tokens + seconds * perSecond)
            bucket.at = now
            defer {
                buckets[key] = bucket
                if buckets.count > Self.keptKeys { Self.forgetIdle(&buckets, now: now) }
            }
            guard bucket.tokens >= 1 else { return Int(((1 - bucket.tokens) / perSecond).rounded(.up)) }
            bucket.tokens -= 1
            return nil
        }
    }
}
