import Foundation
import SahifaStore

/// `backup.json`, the description a backup folder carries: what made it, when, the copy of
/// the database with its size and SHA-256, and what the database held at that moment. Any
/// JSON reader can open it; docs/OPERATIONS.md describes the folder.
public struct BackupManifest: Codable, Sendable, Hashable {
    public static let format = "sahifa-backup"
    public static let version = 1
    public static let fileName = "backup.json"

    public struct DatabaseFile: Codable, Sendable, Hashable {
        public var file: String
        public var bytes: Int64
        public var sha256: String
    }

    public struct Pictures: Codable, Sendable, Hashable {
        public var files: Int
        public var bytes: Int64
        /// Pictures the database names whose file was not in the media folder when the backup was made.
        public var missing: [String]
    }

    public var format: String
    public var version: Int
    public var store: BackupKind
    /// To the second, as the description writes it.
    public var madeAt: Date
    public var database: DatabaseFile
    /// Rows per newsroom table, counted at the moment of the copy.
    public var rows: [String: Int]
    public var pictures: Pictures

    public func rows(of table: String) -> Int { rows[table] ?? 0 }

    static func read(from folder: URL) throws -> BackupManifest {
        let file = folder.appendingPathComponent(fileName)
        guard let data = try? Data(contentsOf: file) else {
            throw BackupError.notABackup(path: folder.path, reason: "it holds no \(fileName)")
        }
        let manifest: BackupManifest
        do {
            manifest = try decoder.decode(BackupManifest.self, from: data)
        } catch {
            if let header = try? decoder.decode(Header.self, from: data), header.format == format,
                header.version > version
            {
                throw BackupError.newerVersion(header.version)
            }
            throw BackupError.notABackup(path: folder.path, reason: "its \(fileName) cannot be read")
        }
        guard manifest.format == format else {
            throw BackupError.notABackup(path: folder.path, reason: "its \(fileName) is not a Sahifa backup's")
        }
        guard manifest.version <= version else { throw BackupError.newerVersion(manifest.version) }
        return manifest
    }

    func write(into folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try encoder.encode(self).write(to: folder.appendingPathComponent(Self.fileName))
    }

    private struct Header: Decodable {
        var format: String
        var version: Int
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
