import ArgumentParser
import Foundation
import Logging
import SahifaStorage
import SahifaStore
import SahifaWeb
import SahifaWordPress

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `sahifa import wordpress FILE`: moves a whole WordPress site in from its export.
struct ImportWordPressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wordpress",
        abstract: "Import a whole WordPress site from its export (WXR 1.1 or 1.2, plain or gzip).",
        discussion: """
            Brings across posts in every status, pages, categories (as sections, children under their \
            parents), tags, authors (with writers' accounts that have no password until one is set), pictures \
            and a redirect from every old address. Run it again at any time: what is already there is left \
            alone, what changed in a newer export is updated, and an import cut short is finished. \
            docs/MIGRATING-FROM-WORDPRESS.md explains what comes across and how to switch over.
            """
    )

    @Argument(help: ArgumentHelp("The export file (.xml or .xml.gz).", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    @Option(
        help: ArgumentHelp(
            "The site's wp-content/uploads folder, copied here: pictures are read from it.", valueName: "folder"))
    var uploads: String?

    @Flag(help: "Download pictures not found in --uploads from the old site (off by default: nothing is fetched).")
    var fetchMedia = false

    @Option(help: ArgumentHelp("Where the list of warnings goes, one line per item.", valueName: "file"))
    var warnings = "wordpress-import-warnings.txt"

    @Option(help: "Posts per transaction.")
    var batchSize = 500

    @Flag(help: "Leave related news to the server, which works it out in the background.")
    var skipRelated = false

    /// The largest picture file read; a bigger one is reported and left out.
    static let pictureLimit = 50 << 20

    func validate() throws {
        guard (1...10_000).contains(batchSize) else {
            throw ValidationError("--batch-size must be between 1 and 10000")
        }
        if let uploads {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: uploads, isDirectory: &isFolder), isFolder.boolValue else {
                throw ValidationError("--uploads \(uploads) is not a folder: give the copy of wp-content/uploads")
            }
        }
    }

    /// A small export is read once and held while it is converted; a big one is read twice and
    /// never held, since items held and let go leave the heap larger for the rest of the import
    /// (docs/PERFORMANCE.md). Standard input, of unknown size, counts as big.
    static func keptBodyBytes(forExportOf size: Int?) -> Int {
        guard let size, size <= 8 << 20 else { return 0 }
        return 32 << 20
    }

    func run() async throws {
        MemoryAllocatorTuning.useFewHeaps()
        let location = store.location()
        let database: any NewsStore
        let exportSize: Int?
        do {
            exportSize = try FileChunks(path: file).size
            database = try await location.open(logger: Logger(label: "sahifa"))
            try await database.migrate()
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        } catch let error as FileChunks.Failure {
            throw CommandFailure(error.description)
        }
        let library = try FileMediaLibrary(
            folder: URL(fileURLWithPath: store.mediaFolder ?? ServerSettings.defaultMediaFolder(for: location)))
        let path = file
        let display = ProgressBox(ProgressDisplay(label: "importing"))
        let started = Date()
        let importer = WordPressImport(
            store: database, library: library, batchSize: batchSize,
            keptBodyBytes: Self.keptBodyBytes(forExportOf: exportSize),
            export: {
                var chunks = try FileChunks(path: path)
                return { try chunks.next() }
            },
            pictureFile: { [uploads, fetchMedia] file, url in
                await Self.pictureFile(file, url: url, uploads: uploads, fetch: fetchMedia)
            }
        )
        let report: WordPressImportReport
        do {
            report = try await importer.run(at: Date()) { step, done, total in
                let seconds = max(Date().timeIntervalSince(started), 0.001)
                var detail = "\(step): \(done)" + (total > 0 ? " of \(total)" : "")
                if total > 0, done > 0, step == "posts" {
                    let rate = Double(done) / seconds
                    detail += ", \(Int(rate))/s, \(Int(Double(total - done) / max(rate, 0.001))) s left"
                }
                display.update(fraction: total > 0 ? Double(done) / Double(total) : nil, detail: detail)
            }
        } catch let error as WordPressExportError {
            throw CommandFailure("\(file): \(error.description)")
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        } catch let error as FileChunks.Failure {
            throw CommandFailure(error.description)
        }
        display.finish()
        print(WordPressImportSummary.text(of: report, file: file, seconds: Date().timeIntervalSince(started)))
        if !report.warnings.isEmpty {
            try (report.warnings.joined(separator: "\n") + "\n").write(
                toFile: warnings, atomically: true, encoding: .utf8)
            print("\(report.warnings.count) warnings, one per line with the item's id, are in \(warnings).")
        }
        try await SearchIndexCompaction.run(on: database)
        if skipRelated {
            print("Related news is left to `sahifa serve`, which works it out in the background.")
        } else {
            try await RelatedNewsRefresh.run(on: database)
        }
    }

    /// An attachment's file: from the uploads copy, else (when asked) from the old site.
    private static func pictureFile(_ file: String, url: String, uploads: String?, fetch: Bool) async -> PictureFile {
        let parts = file.split(separator: "/")
        guard !file.isEmpty, !file.hasPrefix("/"), !parts.contains(".."), !parts.contains(".") else {
            return .missing("its file name \"\(file)\" is not a path under the uploads folder")
        }
        if let uploads {
            let path = URL(fileURLWithPath: uploads).appendingPathComponent(file).path
            if let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int {
                guard size <= pictureLimit else { return .missing("\(file) is larger than 50 MB") }
                if let data = FileManager.default.contents(atPath: path) { return .bytes(Array(data)) }
            }
            if !fetch { return .missing("\(file) is not in \(uploads)") }
        }
        guard fetch, let address = URL(string: url), ["http", "https"].contains(address.scheme ?? "") else {
            return .missing("no --uploads folder was given and --fetch-media is off")
        }
        do {
            let (data, response) = try await URLSession.shared.data(from: address)
            guard (response as? HTTPURLResponse)?.statusCode == 200 else {
                return .missing("\(url) did not answer 200")
            }
            guard data.count <= pictureLimit else { return .missing("\(url) is larger than 50 MB") }
            return .bytes(Array(data))
        } catch {
            return .missing("\(url) could not be fetched: \(error.localizedDescription)")
        }
    }
}
