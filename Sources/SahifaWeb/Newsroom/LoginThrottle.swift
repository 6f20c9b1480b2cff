import Foundation

/// Slows password guessing without letting anyone lock the newsroom out. Waits double with
/// each failure past the free ones (2 s, 4 s, 8 s … up to 15 minutes), counted three ways:
///
/// - **One account from one address**: 5 free failures, then the waits.
/// - **One account from everywhere**: once it has failed 20 times within the hour, an address
///   that has already failed for it gets no more free tries. An address that has not failed
///   for it is never held back by this, so the editor at her own desk signs in with her
///   right password while someone guesses at her account from elsewhere.
/// - **One address against every account**: 50 free failures, then the waits, for whatever
///   account it tries (many accounts guessed from one place).
///
/// A success clears the account's count from that address. Kept in memory per instance: a
/// restart forgives, which is acceptable because the waits are short and bcrypt already makes
/// each guess slow.
actor LoginThrottle {
    private struct Record {
        var failures: Int
        var lastFailure: Date
    }

    private var records: [String: Record] = [:]
    static let freeAttempts = 5
    static let accountUnderAttack = 20
    static let freeAttemptsPerAddress = 50
    static let longestWait: TimeInterval = 15 * 60
    /// Failures older than this are forgotten when the next one comes.
    static let memory: TimeInterval = 3_600

    /// How long the next try must still wait, if it must.
    func wait(email: String, address: String, now: Date) -> TimeInterval? {
        let account = recent(Self.key(email: email), now: now)
        let free = account >= Self.accountUnderAttack ? 1 : Self.freeAttempts
        let waits = [
            remaining(Self.key(email: email, address: address), free: free, now: now),
            remaining(Self.key(address: address), free: Self.freeAttemptsPerAddress, now: now),
        ]
        return waits.compactMap { $0 }.max()
    }

    func recordFailure(email: String, address: String, now: Date) {
        forgetOldRecords(now: now)
        for key in [Self.key(email: email, address: address), Self.key(email: email), Self.key(address: address)] {
            var record = records[key] ?? Record(failures: 0, lastFailure: now)
            if now.timeIntervalSince(record.lastFailure) > Self.memory { record.failures = 0 }
            record.failures += 1
            record.lastFailure = now
            records[key] = record
        }
    }

    func recordSuccess(email: String, address: String) {
        records[Self.key(email: email, address: address)] = nil
    }

    static func delay(after failures: Int, free: Int) -> TimeInterval {
        min(longestWait, pow(2, Double(failures - free + 1)))
    }

    private func recent(_ key: String, now: Date) -> Int {
        guard let record = records[key], now.timeIntervalSince(record.lastFailure) <= Self.memory else { return 0 }
        return record.failures
    }

    private func remaining(_ key: String, free: Int, now: Date) -> TimeInterval? {
        guard let record = records[key], record.failures >= free else { return nil }
        let left = record.lastFailure.addingTimeInterval(Self.delay(after: record.failures, free: free))
            .timeIntervalSince(now)
        return left > 0 ? left : nil
    }

    private static func key(email: String) -> String {
        "email:" + email.trimmingCharacters(in: .whitespaces).lowercased()
    }
    private static func key(address: String) -> String { "address:" + address }
    private static func key(email: String, address: String) -> String {
        key(address: address) + " " + key(email: email)
    }

    /// Keeps memory bounded: a record a day old has nothing left to slow down.
    private func forgetOldRecords(now: Date) {
        guard records.count > 10_000 else { return }
        records = records.filter { now.timeIntervalSince($0.value.lastFailure) < 86_400 }
    }
}
