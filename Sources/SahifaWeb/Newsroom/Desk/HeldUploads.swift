import Foundation
import SahifaCore
import Synchronization

/// Pictures dropped into the editor, checked and waiting for the alt text the member is
/// asked for, so the file crosses the network once. Held in memory for half an hour, at most
/// `byteLimit` bytes in all (the oldest go first); a hold that is gone, because it expired or
/// the next request reached another server, is answered so that the script sends the file
/// again with its alt text.
final class HeldUploads: Sendable {
    struct Held: Sendable {
        var account: AccountID
        var bytes: [UInt8]
        var since: Date
    }

    static let lifetime: TimeInterval = 30 * 60
    let byteLimit: Int
    private let held = Mutex<[String: Held]>([:])

    init(byteLimit: Int = 64 * 1024 * 1024) {
        self.byteLimit = byteLimit
    }

    /// Holds a checked picture and answers the token that claims it.
    func hold(_ upload: Held) -> String {
        let token = Self.newToken()
        held.withLock { held in
            held = held.filter { upload.since.timeIntervalSince($0.value.since) < Self.lifetime }
            held[token] = upload
            var total = held.values.reduce(0) { $0 + $1.bytes.count }
            for (oldest, picture) in held.sorted(by: { $0.value.since < $1.value.since }) where total > byteLimit {
                held[oldest] = nil
                total -= picture.bytes.count
            }
        }
        return token
    }

    /// The held picture for this member, taken out of the hold; nil when it is gone.
    func claim(_ token: String, by account: AccountID, at now: Date) -> Held? {
        held.withLock { held in
            guard let picture = held[token], picture.account == account,
                now.timeIntervalSince(picture.since) < Self.lifetime
            else { return nil }
            held[token] = nil
            return picture
        }
    }

    private static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined(separator: "-")
    }
}
