import Foundation
import SahifaCore

/// Where picture files live, named by the SHA-256 of their bytes. Files on disk today;
/// object storage can take its place behind the same protocol.
public protocol MediaLibrary: Sendable {
    /// Stores `bytes` (once, however often it is called) and returns their hash.
    func store(_ bytes: [UInt8], kind: MediaKind) throws -> String

    /// The bytes of `hash.ext`, or nil when there is no such file.
    func contents(ofFileNamed fileName: String) throws -> [UInt8]?
}
