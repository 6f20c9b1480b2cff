import ArgumentParser
import Foundation
import SahifaStore
import SahifaWeb

/// `sahifa demo`: writes a new database filled with the demo site.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a database filled with demo content.",
        discussion: "Refuses to touch an existing database unless --force is given, which deletes it first."
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Delete an existing database (and its media folder) and start again.")
    var force = false

    func run() async throws {
        let path = store.databasePath(fallback: "sahifa-demo.sqlite")
        let media = store.mediaFolder ?? ServerSettings.defaultMediaFolder(forDatabase: path)
        let files = FileManager.default
        if files.fileExists(atPath: path) {
            guard force else {
                throw CommandFailure("\(path) already exists; give another --database or add --force to replace it")
            }
            for leftover in [path, path + "-wal", path + "-shm", media] where files.fileExists(atPath: leftover) {
                try files.removeItem(atPath: leftover)
            }
        }
        do {
            let summary = try await DemoSite.install(databasePath: path, mediaFolder: media)
            print(
                "Created \(path): \(summary.articles) articles, \(summary.sections) sections, "
                    + "\(summary.authors) authors, \(summary.pictures) pictures, \(summary.breakingItems) breaking items."
            )
            print("Serve it with: sahifa serve --database \(path)")
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        } catch let error as DemoError {
            throw CommandFailure(error.description)
        }
    }
}
