import Crypto
import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Hashes and checks passwords with bcrypt on NIO's thread pool: a check takes a good part
/// of a second on purpose, and must not hold a thread that serves pages.
///
/// bcrypt reads at most 72 bytes, which is only 36 Arabic letters. A longer password is
/// hashed with SHA-256 first (its base64, 44 ASCII bytes with no NUL, is what bcrypt reads)
/// and its hash marked so, so every character of it counts. A password that fits is given to
/// bcrypt as it is, which keeps every hash made before this rule valid.
public struct PasswordHasher: Sendable {
    let cost: UInt8
    private let decoyHash: String

    /// Before a bcrypt hash made from a long password's SHA-256.
    static let longPasswordMark = "sha256+"
    static let bcryptByteLimit = 72

    /// Makes one hash at once (the decoy below), so build it at start-up, not per request.
    public init(cost: UInt8) {
        self.cost = cost
        decoyHash = Bcrypt.hash("no account has this password", cost: cost)
    }

    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive {
            guard password.utf8.count > Self.bcryptByteLimit else { return Bcrypt.hash(password, cost: cost) }
            return Self.longPasswordMark + Bcrypt.hash(Self.digest(of: password), cost: cost)
        }
    }

    public func verify(_ password: String, against hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive {
            if hash.hasPrefix(Self.longPasswordMark) {
                return Bcrypt.verify(
                    Self.digest(of: password), hash: String(hash.dropFirst(Self.longPasswordMark.count)))
            }
            // A long password never matches a plain hash: bcrypt would compare its first 72 bytes only.
            return password.utf8.count <= Self.bcryptByteLimit && Bcrypt.verify(password, hash: hash)
        }
    }

    /// A hash to check against when no account has the e-mail, so that a wrong address takes
    /// as long as a wrong password and timing does not tell which addresses exist.
    func verifyNothing(_ password: String) async throws {
        _ = try await verify(password, against: decoyHash)
    }

    private static func digest(of password: String) -> String {
        Data(SHA256.hash(data: Data(password.utf8))).base64EncodedString()
    }
}
