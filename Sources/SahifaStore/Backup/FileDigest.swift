import Crypto
import Foundation

/// The SHA-256 of a file, read a megabyte at a time so that a database of gigabytes is never
/// held in memory.
package enum FileDigest {
    /// Lower-case hexadecimal, as picture files are named.
    package static func sha256(of file: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        var hash = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hash.update(data: chunk)
        }
        return Hexadecimal.string(of: hash.finalize())
    }
}
