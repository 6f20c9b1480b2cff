import Foundation
import SahifaCore
import SahifaStore
import ZIPFoundation

/// `sahifa import sahifa`: a site archive back into an empty database and media folder.
/// Every table is checked against the manifest's count and checksum once it is written,
/// and every picture against the hash that names it; if anything fails, the restore takes
/// out what it wrote, so the database is empty again and can be given another archive.
package struct SiteRestore {
    private let archive: Archive
    private let manifest: ArchiveManifest

    /// Opens the archive and reads its manifest, before any database is touched.
    /// - Throws: `SiteArchiveError.notAnArchive`, `.newerVersion`, `.unknownPart`.
    package init(file: URL) throws {
        archive = try Self.open(file)
        manifest = try Self.readManifest(of: archive, file: file)
    }

    /// - Parameter location: the database as messages name it.
    /// - Throws: `SiteArchiveError`; the store's and the file system's errors.
    package func restore(
        into endpoint: any TransferEndpoint,
        location: String,
        media: FileMediaLibrary,
        batchSize: Int = 1_000,
        progress: @Sendable (TransferProgress) -> Void
    ) async throws -> SiteArchiveSummary {
        try await endpoint.store.migrate()
        for table in SiteArchiveLayout.tables where try await endpoint.lastKey(of: table.table) != nil {
            throw SiteArchiveError.targetNotEmpty(location: location)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("sahifa-restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        // The picture files this restore added, to take out again if it fails.
        var added: [URL] = []
        do {
            let summary = try await restoreParts(
                into: endpoint, media: media, work: work, batchSize: batchSize,
                added: &added, progress: progress)
            return summary
        } catch {
            for table in SiteArchiveLayout.tables.reversed() { try? await endpoint.removeRows(of: table.table) }
            for url in added { try? FileManager.default.removeItem(at: url) }
            throw error
        }
    }

    private func restoreParts(
        into endpoint: any TransferEndpoint,
        media: FileMediaLibrary,
        work: URL,
        batchSize: Int,
        added: inout [URL],
        progress: @Sendable (TransferProgress) -> Void
    ) async throws -> SiteArchiveSummary {
        var summary = SiteArchiveSummary()
        let total = manifest.tables.reduce(0) { $0 + $1.rows }
        var done = 0
        let decoder = JSONDecoder()
        for archived in SiteArchiveLayout.tables {
            let table = archived.table
            guard let listed = manifest.tables.first(where: { $0.name == table.name }) else { continue }
            guard let entry = archive[listed.file] else {
                throw SiteArchiveError.damagedTable(table: table.name, line: 0, reason: "\(listed.file) is missing")
            }
            let extracted = work.appendingPathComponent("\(table.name).jsonl")
            _ = try archive.extract(entry, to: extracted)
            var lines = try TableFileLines(extracted)
            defer { lines.close() }
            var batch: [[TransferValue]] = []
            var number = 0
            progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
            while let line = try lines.next() {
                number += 1
                do {
                    batch.append(
                        try ArchiveLine.decode(line, columns: table.columns, table: table.name, decoder: decoder))
                } catch let error as DecodingError {
                    throw SiteArchiveError.damagedTable(table: table.name, line: number, reason: "\(error)")
                }
                if batch.count == batchSize {
                    try await endpoint.insert(batch, into: table)
                    done += batch.count
                    batch.removeAll(keepingCapacity: true)
                    progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
                }
            }
            if !batch.isEmpty { try await endpoint.insert(batch, into: table) }
            done += batch.count
            try? FileManager.default.removeItem(at: extracted)
            let tally = try await TableTally.take(of: table, from: endpoint, batchSize: batchSize) { _ in }
            guard tally.rows == listed.rows, tally.checksum == listed.sha256 else {
                throw SiteArchiveError.tableDiffers(table: table.name)
            }
            summary.tables.append(SiteArchiveSummary.TableCount(table: table.name, rows: tally.rows))
        }
        try await endpoint.numberNewRowsAfterCopy(of: SiteArchiveLayout.tables.map(\.table))

        let pictures = archive.filter { $0.type == .file && $0.path.hasPrefix(SiteArchiveLayout.mediaFolder) }
        for (index, entry) in pictures.enumerated() {
            let name = String(entry.path.dropFirst(SiteArchiveLayout.mediaFolder.count))
            guard let file = MediaFileName(name) else { throw SiteArchiveError.unknownPart(entry.path) }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(entry.uncompressedSize))
            _ = try archive.extract(entry) { bytes.append(contentsOf: $0) }
            guard FileMediaLibrary.contentHash(of: bytes) == file.hash else {
                throw SiteArchiveError.damagedPicture(name: name)
            }
            let url = media.folder.appendingPathComponent(name)
            if !FileManager.default.fileExists(atPath: url.path) {
                _ = try media.store(bytes, kind: file.kind)
                added.append(url)
            }
            summary.pictureFiles += 1
            summary.pictureBytes += Int64(bytes.count)
            progress(TransferProgress(table: "picture files", rowsDone: index + 1, rowsTotal: pictures.count))
        }
        summary.missingPictures = manifest.media.missing
        return summary
    }

    private static func open(_ file: URL) throws -> Archive {
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw SiteArchiveError.notAnArchive(path: file.path, reason: "there is no such file")
        }
        do {
            return try Archive(url: file, accessMode: .read)
        } catch {
            throw SiteArchiveError.notAnArchive(path: file.path, reason: "it is not a zip file")
        }
    }

    /// The manifest, once it is known to describe an archive this Sahifa can restore whole.
    private static func readManifest(of archive: Archive, file: URL) throws -> ArchiveManifest {
        guard let entry = archive[SiteArchiveLayout.manifestPath] else {
            throw SiteArchiveError.notAnArchive(path: file.path, reason: "it has no manifest.json")
        }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        struct Format: Decodable {
            var format: String?
            var version: Int?
        }
        let format = try? JSONDecoder().decode(Format.self, from: data)
        guard format?.format == SiteArchiveLayout.format, let version = format?.version else {
            throw SiteArchiveError.notAnArchive(
                path: file.path, reason: "its manifest.json is not a Sahifa site archive's")
        }
        guard version <= SiteArchiveLayout.version else { throw SiteArchiveError.newerVersion(version) }
        let manifest: ArchiveManifest
        do {
            manifest = try JSONDecoder().decode(ArchiveManifest.self, from: data)
        } catch {
            throw SiteArchiveError.notAnArchive(path: file.path, reason: "its manifest.json is incomplete: \(error)")
        }
        for listed in manifest.tables {
            guard let known = SiteArchiveLayout.tables.first(where: { $0.table.name == listed.name }) else {
                throw SiteArchiveError.unknownPart("table \(listed.name)")
            }
            let columns = Set(known.table.columns.map(ArchiveManifest.Column.init))
            if let unknown = listed.columns.first(where: { !columns.contains($0) }) {
                throw SiteArchiveError.unknownPart("column \(listed.name).\(unknown.name) (\(unknown.type))")
            }
        }
        return manifest
    }
}
