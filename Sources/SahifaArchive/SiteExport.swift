import Foundation
import SahifaCore
import SahifaStore
import ZIPFoundation

/// `sahifa export`: the whole site in one archive, read from one snapshot of the store so
/// that a site that keeps publishing meanwhile is still exported whole. The archive is
/// put together beside the file it becomes and renamed into place at the end, so there
/// is never half an archive under that name.
package enum SiteExport {
    /// Rows read and written per batch.
    static let batchSize = 1_000

    /// - Parameters:
    ///   - media: the media folder the store's pictures are in.
    ///   - file: where the archive goes; it must not exist yet.
    /// - Throws: `SiteArchiveError.fileExists`; the store's and the file system's errors,
    ///   after which nothing is left behind.
    package static func write(
        from endpoint: any TransferEndpoint,
        media: URL,
        to file: URL,
        now: Date = Date(),
        progress: @Sendable (TransferProgress) -> Void
    ) async throws -> SiteArchiveSummary {
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw SiteArchiveError.fileExists(path: file.path)
        }
        let work = file.deletingLastPathComponent().appendingPathComponent(
            ".\(file.lastPathComponent).\(UUID().uuidString).parts")
        try FileManager.default.createDirectory(
            at: work.appendingPathComponent("tables"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        let written = try await endpoint.readingSnapshot { rows in
            try await writeTables(from: rows, into: work, progress: progress)
        }
        var summary = SiteArchiveSummary(
            tables: written.tables.map { SiteArchiveSummary.TableCount(table: $0.name, rows: $0.rows) })
        var present: [String] = []
        for name in written.pictures {
            let path = media.appendingPathComponent(name).path
            guard let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber else {
                summary.missingPictures.append(name)
                continue
            }
            present.append(name)
            summary.pictureBytes += size.int64Value
        }
        summary.pictureFiles = present.count

        let manifest = ArchiveManifest(
            format: SiteArchiveLayout.format,
            version: SiteArchiveLayout.version,
            madeAt: ISO8601DateFormatter().string(from: now),
            tables: written.tables,
            media: ArchiveManifest.Media(
                folder: SiteArchiveLayout.mediaFolder, files: present.count, bytes: summary.pictureBytes,
                missing: summary.missingPictures)
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(manifest).write(to: work.appendingPathComponent(SiteArchiveLayout.manifestPath))

        let zipped = work.appendingPathComponent("site.zip")
        let archive = try Archive(url: zipped, accessMode: .create)
        try archive.addEntry(
            with: SiteArchiveLayout.manifestPath, fileURL: work.appendingPathComponent(SiteArchiveLayout.manifestPath),
            compressionMethod: .deflate)
        for table in written.tables {
            try archive.addEntry(
                with: table.file, fileURL: work.appendingPathComponent(table.file), compressionMethod: .deflate)
        }
        for (index, name) in present.enumerated() {
            // Pictures are compressed already; deflating them again costs time and saves nothing.
            try archive.addEntry(
                with: SiteArchiveLayout.mediaFolder + name, fileURL: media.appendingPathComponent(name),
                compressionMethod: .none)
            progress(TransferProgress(table: "picture files", rowsDone: index + 1, rowsTotal: present.count))
        }
        try FileManager.default.moveItem(at: zipped, to: file)
        return summary
    }

    /// Each table into its JSON Lines file under `work`, with its tally; and the file names
    /// of the pictures the media table lists.
    private static func writeTables(
        from rows: any TransferRows,
        into work: URL,
        progress: @Sendable (TransferProgress) -> Void
    ) async throws -> (tables: [ArchiveManifest.Table], pictures: [String]) {
        var total = 0
        for archived in SiteArchiveLayout.tables { total += try await rows.count(of: archived.table) }
        var done = 0
        var tables: [ArchiveManifest.Table] = []
        var pictures: [String] = []
        for archived in SiteArchiveLayout.tables {
            let table = archived.table
            let path = SiteArchiveLayout.tablePath(table.name)
            let url = work.appendingPathComponent(path)
            FileManager.default.createFile(atPath: url.path, contents: nil)
            let file = try FileHandle(forWritingTo: url)
            defer { try? file.close() }
            var tally = TableTally.Running()
            var key: [TransferValue]?
            progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
            while true {
                let batch = try await rows.rows(of: table, after: key, limit: batchSize)
                var lines: [UInt8] = []
                for row in batch {
                    let kept = archived.archived(row)
                    tally.add(kept)
                    try ArchiveLine.encode(kept, columns: table.columns, into: &lines)
                    if table.name == TransferTable.mediaTable, let name = TransferTable.pictureFile(of: kept) {
                        pictures.append(name)
                    }
                }
                try file.write(contentsOf: lines)
                done += batch.count
                progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
                guard batch.count == batchSize, let last = batch.last else { break }
                key = Array(last.prefix(table.key.count))
            }
            let result = tally.tally
            tables.append(
                ArchiveManifest.Table(
                    name: table.name, file: path, rows: result.rows, sha256: result.checksum,
                    columns: table.columns.map(ArchiveManifest.Column.init)))
        }
        return (tables, pictures)
    }
}
