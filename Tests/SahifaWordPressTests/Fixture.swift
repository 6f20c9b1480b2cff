import Foundation
import SahifaStore
import SahifaTestSupport
import SahifaWordPress

/// The small exports in `Fixtures/`, written for these tests (their README lists what each holds).
enum Fixture {
    static var folder: URL { Bundle.module.resourceURL!.appendingPathComponent("Fixtures") }

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The export's bytes a megabyte at a time, as the command reads a file.
    static func chunks(of url: URL) throws -> () throws -> [UInt8]? {
        let handle = try FileHandle(forReadingFrom: url)
        return {
            let data = handle.readData(ofLength: 1 << 20)
            return data.isEmpty ? nil : Array(data)
        }
    }

    /// Every item of an export, with its site header.
    static func read(_ name: String) throws -> (site: WordPressSite, items: [WordPressItem]) {
        var site = WordPressSite()
        var items: [WordPressItem] = []
        try WordPressExportReader.read(try chunks(of: url(name)), site: { site = $0 }, item: { items.append($0) })
        return (site, items)
    }

    /// Imports an export into the newsroom's store, its pictures from `uploads/` beside it.
    /// - Parameter keptBodyBytes: how much body text the import may keep from its first reading
    ///   rather than read the file again; the fixtures are far smaller than the default.
    static func importing(
        _ name: String, into newsroom: TestNewsroom, at date: Date = Date(timeIntervalSince1970: 1_780_000_000),
        keptBodyBytes: Int = 32 << 20
    ) async throws -> WordPressImportReport {
        let export = url(name)
        let uploads = folder.appendingPathComponent("uploads")
        let importer = WordPressImport(
            store: newsroom.store,
            library: try FileMediaLibrary(folder: newsroom.folder.appendingPathComponent("media")),
            batchSize: 3,
            keptBodyBytes: keptBodyBytes,
            export: { try chunks(of: export) },
            pictureFile: { file, _ in
                guard let data = FileManager.default.contents(atPath: uploads.appendingPathComponent(file).path) else {
                    return .missing("\(file) is not in the uploads folder")
                }
                return .bytes(Array(data))
            }
        )
        return try await importer.run(at: date) { _, _, _ in }
    }
}
