import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt on NIO's thread pool: a check takes a good part
/// of a second on purpose, and must not hold a thread that serves pages.
public struct PasswordHasher: Sendable {
    let cost: UInt8
    private let decoyHash: String

    /// Makes one hash at once (the decoy below), so build it at start-up, not per request.
    public init(cost: UInt8) {
        self.cost = cost
        decoyHash = Bcrypt.hash("no account has this password", cost: cost)
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash to check against when no account has the e-mail, so that a wrong address takes
    /// as long as a wrong password and timing does not tell which addresses exist.
    func verifyNothing(_ password: String) async throws {
        _ = try await verify(password, against: decoyHash)
    }
}
