import ArgumentParser
import Foundation
import SahifaStore
import SahifaWeb

/// `sahifa demo`: writes a new database filled with the demo site.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a database filled with demo content.",
        discussion: """
            Refuses to touch an existing SQLite file unless --force is given, which deletes it first. \
            A PostgreSQL database (--database postgres://…) must have no sections or articles yet.
            """
    )

    @OptionGroup var store: StoreOptions

    @Flag(help: "Delete an existing database (and its media folder) and start again.")
    var force = false

    func run() async throws {
        let location = store.location(fallback: "sahifa-demo.sqlite")
        let path = location.database
        let media = store.mediaFolder ?? ServerSettings.defaultMediaFolder(for: location)
        let files = FileManager.default
        if !location.isPostgres && files.fileExists(atPath: path) {
            guard force else {
                throw CommandFailure("\(path) already exists; give another --database or add --force to replace it")
            }
            for leftover in [path, path + "-wal", path + "-shm", media] where files.fileExists(atPath: leftover) {
                try files.removeItem(atPath: leftover)
            }
        }
        do {
            let summary = try await DemoSite.install(into: location, mediaFolder: media)
            print(
                "Created \(location): \(summary.articles) articles, \(summary.sections) sections, "
                    + "\(summary.authors) authors, \(summary.pictures) pictures, \(summary.breakingItems) breaking items."
            )
            print("Serve it with: sahifa serve --database \(location.isPostgres ? "URL" : path)")
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        } catch let error as DemoError {
            throw CommandFailure(error.description)
        }
    }
}
