import Foundation
import Logging
import SahifaPostgres
import SahifaSQLite
import SahifaStore

extension SiteBackup {
    /// `sahifa restore`: checks the backup whole first (nothing is touched when it is
    /// damaged), copies its pictures into the media folder, puts the database in place, and
    /// brings its schema up to date. The database must hold no site unless `replacing`.
    /// - Throws: `BackupError` (`.otherKind` for a backup of the other database: move between
    ///   them with `migrate-data` or `export`); `StoreError.cannotOpen`.
    public static func restore(
        _ folder: URL,
        to location: StoreLocation,
        media: URL,
        replacing: Bool,
        programs: BackupPrograms,
        logger: Logger
    ) async throws -> BackupManifest {
        let manifest = try await verify(folder, programs: programs)
        let target: BackupKind = location.isPostgres ? .postgresql : .sqlite
        guard manifest.store == target else { throw BackupError.otherKind(backup: manifest.store, target: target) }
        let copy = folder.appendingPathComponent(manifest.database.file)
        switch target {
        case .sqlite:
            if !replacing, try await SQLiteBackupFile.holdsTables(location.database) {
                throw BackupError.targetNotEmpty(location: location.description)
            }
            try putPictures(from: folder, into: media)
            try SQLiteBackupFile.restore(copy, to: location.database)
        case .postgresql:
            let store = try await PostgresNewsStore(url: location.database, poolSize: 2, logger: logger)
            defer { store.close() }
            if !replacing, try await !store.isEmptyDatabase() {
                throw BackupError.targetNotEmpty(location: location.description)
            }
            try putPictures(from: folder, into: media)
            try await PostgresDumpFile.restore(copy, into: store.location, replacing: replacing, programs: programs)
        }
        let restored = try await location.openTransferEndpoint(logger: logger)
        defer { restored.close() }
        try await restored.store.migrate()
        return manifest
    }

    /// Every picture of the backup not yet in the media folder, each copied under a
    /// temporary name and renamed, as the media library writes them.
    private static func putPictures(from folder: URL, into media: URL) throws {
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        let pictures = folder.appendingPathComponent(mediaFolder)
        for name in try FileManager.default.contentsOfDirectory(atPath: pictures.path)
        where MediaFileName(name) != nil {
            let target = media.appendingPathComponent(name)
            guard !FileManager.default.fileExists(atPath: target.path) else { continue }
            let temporary = media.appendingPathComponent(".\(name).\(UUID().uuidString).part")
            try FileManager.default.copyItem(at: pictures.appendingPathComponent(name), to: temporary)
            try FileManager.default.moveItem(at: temporary, to: target)
        }
    }
}
