import Foundation
import SahifaPostgres
import SahifaSQLite
import SahifaStore

/// `sahifa backup`, and the server's scheduled backups: a folder holding a copy of the
/// database taken at one moment while the site serves and takes writes, the picture files
/// that copy names, and `backup.json`. It is put together under a hidden name beside its
/// place, checked as `verify` checks it, and only then renamed into place, so a folder under
/// a backup's name is always a whole, checked backup.
public enum SiteBackup {
    /// The pictures' folder inside a backup.
    public static let mediaFolder = "media"

    /// - Parameters:
    ///   - media: the site's media folder.
    ///   - destination: the backup's folder; it must not exist yet.
    ///   - previous: an earlier backup whose identical picture files are hard-linked rather
    ///     than copied (a picture's file is named by its hash and never changes), so keeping a
    ///     week of nightly backups does not keep seven copies of every picture.
    /// - Throws: `BackupError`; the store's and the file system's errors, after which
    ///   nothing is left behind.
    public static func make(
        of store: any BackupStore,
        media: URL,
        into destination: URL,
        programs: BackupPrograms,
        linkingFrom previous: URL? = nil,
        now: Date = Date(),
        progress: @Sendable (TransferProgress) -> Void = { _ in }
    ) async throws -> BackupManifest {
        guard !FileManager.default.fileExists(atPath: destination.path) else {
            throw BackupError.exists(path: destination.path)
        }
        let parent = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let work = parent.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).partial")
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent(mediaFolder), withIntermediateDirectories: true)
        var keep = false
        defer { if !keep { try? FileManager.default.removeItem(at: work) } }

        progress(TransferProgress(table: "database", rowsDone: 0, rowsTotal: 1))
        let kind = store.backupKind
        let copy = work.appendingPathComponent(kind.databaseFile)
        let contents = try await store.copyDatabase(to: copy, programs: programs)
        progress(TransferProgress(table: "database", rowsDone: 1, rowsTotal: 1))

        var pictures = BackupManifest.Pictures(files: 0, bytes: 0, missing: [])
        for (index, name) in contents.pictures.enumerated() {
            let source = media.appendingPathComponent(name)
            guard let size = fileSize(source) else {
                pictures.missing.append(name)
                continue
            }
            let target = work.appendingPathComponent(mediaFolder).appendingPathComponent(name)
            let linked = previous.map { previous in
                (try? FileManager.default.linkItem(
                    at: previous.appendingPathComponent(mediaFolder).appendingPathComponent(name), to: target))
                    != nil
            }
            if linked != true { try FileManager.default.copyItem(at: source, to: target) }
            pictures.files += 1
            pictures.bytes += size
            progress(TransferProgress(table: "pictures", rowsDone: index + 1, rowsTotal: contents.pictures.count))
        }

        let manifest = BackupManifest(
            format: BackupManifest.format, version: BackupManifest.version, store: kind,
            madeAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)),
            database: BackupManifest.DatabaseFile(
                file: kind.databaseFile, bytes: fileSize(copy) ?? 0, sha256: try FileDigest.sha256(of: copy)),
            rows: contents.rows, pictures: pictures)
        try manifest.write(into: work)
        progress(TransferProgress(table: "checking", rowsDone: 0, rowsTotal: 1))
        _ = try await verify(work, programs: programs)
        try FileManager.default.moveItem(at: work, to: destination)
        keep = true
        return manifest
    }

    /// Proves that a backup can be put back: its description reads, the database copy has
    /// the size and SHA-256 written down, it opens and passes SQLite's integrity check (or
    /// every block of the dump inflates), it holds the rows counted when it was made, and
    /// every picture file it names is there with the content its name's hash promises.
    /// - Throws: `BackupError.notABackup`, `.newerVersion`, `.damaged` listing every fault.
    public static func verify(_ folder: URL, programs: BackupPrograms) async throws -> BackupManifest {
        let manifest = try BackupManifest.read(from: folder)
        let copy = folder.appendingPathComponent(manifest.database.file)
        guard let size = fileSize(copy) else {
            throw BackupError.damaged(path: folder.path, faults: ["\(manifest.database.file) is missing"])
        }
        guard size == manifest.database.bytes, try FileDigest.sha256(of: copy) == manifest.database.sha256 else {
            throw BackupError.damaged(
                path: folder.path,
                faults: ["\(manifest.database.file) is not the file the backup made (its size or SHA-256 differs)"])
        }
        let contents: BackupContents
        switch manifest.store {
        case .sqlite: contents = try await SQLiteBackupFile.contents(of: copy)
        case .postgresql: contents = try await PostgresDumpFile.contents(of: copy, programs: programs)
        }
        var faults: [String] = []
        for (table, rows) in manifest.rows.sorted(by: { $0.key < $1.key }) where contents.rows(of: table) != rows {
            faults.append("\(table) holds \(contents.rows(of: table)) rows where \(rows) were copied")
        }
        let missing = Set(manifest.pictures.missing)
        for name in contents.pictures where !missing.contains(name) {
            let file = folder.appendingPathComponent(mediaFolder).appendingPathComponent(name)
            if fileSize(file) == nil {
                faults.append("the picture \(name) is missing")
            } else if try FileDigest.sha256(of: file) != String(name.prefix { $0 != "." }) {
                faults.append("the picture \(name) does not match its hash")
            }
        }
        guard faults.isEmpty else { throw BackupError.damaged(path: folder.path, faults: faults) }
        return manifest
    }

    static func fileSize(_ file: URL) -> Int64? {
        (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value
    }
}
