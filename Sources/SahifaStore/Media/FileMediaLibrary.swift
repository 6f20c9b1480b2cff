import Crypto
import Foundation
import SahifaCore

/// A media library in one folder on disk: `FOLDER/HASH.EXT`.
public struct FileMediaLibrary: MediaLibrary {
    public let folder: URL

    /// - Throws: `MediaLibraryError.cannotCreateFolder` when the folder is missing and cannot be made.
    public init(folder: URL) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw MediaLibraryError.cannotCreateFolder(folder.path, reason: error.localizedDescription)
        }
    }

    public func store(_ bytes: [UInt8], kind: MediaKind) throws -> String {
        let hash = Self.contentHash(of: bytes)
        let target = folder.appendingPathComponent("\(hash).\(kind.fileExtension)")
        if !FileManager.default.fileExists(atPath: target.path) {
            // Written under a temporary name and renamed, so a reader never sees half a file.
            let temporary = folder.appendingPathComponent(".\(hash).\(UUID().uuidString).part")
            do {
                try Data(bytes).write(to: temporary)
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                if Self.isDiskFull(error) { throw StoreError.diskFull }
                throw error
            }
            do {
                try FileManager.default.moveItem(at: temporary, to: target)
            } catch  where FileManager.default.fileExists(atPath: target.path) {
                try? FileManager.default.removeItem(at: temporary)
            }
        }
        return hash
    }

    public func contents(ofFileNamed fileName: String) throws -> [UInt8]? {
        guard MediaFileName(fileName) != nil else { return nil }
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return Array(try Data(contentsOf: url))
    }

    /// The SHA-256 of `bytes` in lower-case hexadecimal, which names their file.
    package static func contentHash(of bytes: [UInt8]) -> String {
        Hexadecimal.string(of: SHA256.hash(data: bytes))
    }

    /// ENOSPC (or a quota's EDQUOT), however Foundation wraps it.
    static func isDiskFull(_ error: any Error) -> Bool {
        let error = error as NSError
        let underlying = (error.userInfo[NSUnderlyingErrorKey] as? NSError) ?? error
        return (underlying.domain == NSPOSIXErrorDomain && [Int(ENOSPC), Int(EDQUOT)].contains(underlying.code))
            || error.code == NSFileWriteOutOfSpaceError
    }

}

/// Why the media library could not do its job.
public enum MediaLibraryError: Error, Sendable, Hashable {
    case cannotCreateFolder(String, reason: String)
}
