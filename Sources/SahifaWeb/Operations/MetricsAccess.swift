import Crypto
import Foundation
import HTTPTypes

/// Who may read `/metrics`: the addresses listed (by default this machine only, for a collector
/// beside the server) and anyone who sends the metrics token as a bearer token. Everyone else
/// is answered as if there were no such page.
public struct MetricsAccess: Sendable {
    public var addresses: Set<String>
    /// Kept as its SHA-256, compared in constant time.
    private var tokenDigest: SHA256Digest?

    /// Loopback as IPv4, IPv6, and IPv4 seen through a dual-stack socket (`--host ::`).
    public static let thisMachine: Set<String> = ["127.0.0.1", "::1", "::ffff:127.0.0.1"]

    public init(addresses: Set<String> = MetricsAccess.thisMachine, token: String? = nil) {
        self.addresses = addresses
        tokenDigest = token.flatMap { $0.isEmpty ? nil : SHA256.hash(data: Data($0.utf8)) }
    }

    func allows(_ headers: HTTPFields, from address: String) -> Bool {
        if addresses.contains(address) { return true }
        guard let tokenDigest, let authorization = headers[.authorization], authorization.hasPrefix("Bearer ")
        else { return false }
        return SHA256.hash(data: Data(authorization.dropFirst("Bearer ".count).utf8)) == tokenDigest
    }
}
