import Foundation

/// Slows down password guessing: after 5 failed sign-ins for one e-mail, or from one
/// address, each further try must wait, twice as long each time (2 s, 4 s, 8 s … up to
/// 15 minutes). A success clears the account's count. Kept in memory: a restart forgives,
/// which is acceptable because the delays are short and bcrypt already makes each guess slow.
actor LoginThrottle {
    private struct Record {
        var failures: Int
        var lastFailure: Date
    }

    private var records: [String: Record] = [:]
    static let freeAttempts = 5
    static let longestWait: TimeInterval = 15 * 60

    /// How long the next try must still wait, if it must.
    func wait(email: String, address: String, now: Date) -> TimeInterval? {
        let waits = [Self.key(email: email), Self.key(address: address)].compactMap { key -> TimeInterval? in
            guard let record = records[key], record.failures >= Self.freeAttempts else { return nil }
            let remaining = record.lastFailure.addingTimeInterval(Self.delay(after: record.failures)).timeIntervalSince(
                now)
            return remaining > 0 ? remaining : nil
        }
        return waits.max()
    }

    func recordFailure(email: String, address: String, now: Date) {
        forgetOldRecords(now: now)
        for key in [Self.key(email: email), Self.key(address: address)] {
            records[key, default: Record(failures: 0, lastFailure: now)].failures += 1
            records[key]?.lastFailure = now
        }
    }

    func recordSuccess(email: String) {
        records[Self.key(email: email)] = nil
    }

    static func delay(after failures: Int) -> TimeInterval {
        min(longestWait, pow(2, Double(failures - freeAttempts + 1)))
    }

    private static func key(email: String) -> String {
        "email:" + email.trimmingCharacters(in: .whitespaces).lowercased()
    }
    private static func key(address: String) -> String { "address:" + address }

    /// Keeps memory bounded: a record a day old has nothing left to slow down.
    private func forgetOldRecords(now: Date) {
        guard records.count > 10_000 else { return }
        records = records.filter { now.timeIntervalSince($0.value.lastFailure) < 86_400 }
    }
}
