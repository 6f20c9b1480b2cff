import Foundation
import SahifaStore

/// The folder the server's backups go into: each backup a folder `sahifa-backup-YYYYMMDD-HHMMSS`
/// (UTC, so names sort by age), the newest `keep` kept. Nothing else in the folder is touched:
/// the server removes only folders with that name that hold a `backup.json`, and the hidden
/// remains of a backup interrupted a day or more ago.
public enum BackupShelf {
    static let prefix = "sahifa-backup-"

    public static func name(at date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return prefix + formatter.string(from: date)
    }

    /// The backups in `folder`, oldest first.
    public static func backups(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) }.sorted().map { folder.appendingPathComponent($0) }.filter {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(BackupManifest.fileName).path)
        }
    }

    /// Removes all but the newest `keep` backups; answers the ones removed.
    @discardableResult
    public static func prune(_ folder: URL, keep: Int, now: Date = Date()) throws -> [URL] {
        let old = backups(in: folder).dropLast(keep)
        for backup in old { try FileManager.default.removeItem(at: backup) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("." + prefix) && name.hasSuffix(".partial") {
            let remains = folder.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: remains.path)[.modificationDate]) as? Date
            if let modified, now.timeIntervalSince(modified) > 86_400 {
                try? FileManager.default.removeItem(at: remains)
            }
        }
        return Array(old)
    }

    /// Whether the server can write backups into `folder`: made if missing, then written to
    /// and cleaned up again. Answers what stood in the way, or nil.
    public static func problemWriting(into folder: URL) -> String? {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let probe = folder.appendingPathComponent(".sahifa-write-test-\(UUID().uuidString)")
            try Data().write(to: probe)
            try FileManager.default.removeItem(at: probe)
            return nil
        } catch {
            return (error as NSError).localizedFailureReason ?? error.localizedDescription
        }
    }
}
