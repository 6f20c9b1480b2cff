import ArgumentParser
import Foundation
import Logging
import SahifaArchive
import SahifaStorage
import SahifaStore
import SahifaWeb

/// `sahifa import sahifa FILE`: restores an archive that `sahifa export` wrote.
struct ImportSahifaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sahifa",
        abstract: "Restore a whole site from an archive written by `sahifa export`, into an empty database.",
        discussion: """
            Works into SQLite or PostgreSQL, whichever the archive came from. Every table is checked against \
            the archive's count and checksum, and every picture against its hash; if anything is wrong, what was \
            written is taken out again and the database is left empty. Then the search index is built; related \
            news comes as the archive holds it. Accounts come back with their roles but no passwords: open an admin with \
            `sahifa user add`, or give an account a password with `sahifa user password`.
            """
    )

    @Argument(help: ArgumentHelp("The archive, e.g. site.zip.", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let location = store.location()
        let started = Date()
        let display = ProgressBox(ProgressDisplay(label: "restoring"))
        let summary: SiteArchiveSummary
        let archive: SiteRestore
        let endpoint: any TransferEndpoint
        do {
            archive = try SiteRestore(file: URL(fileURLWithPath: file))
            endpoint = try await location.openTransferEndpoint(logger: Logger(label: "sahifa"))
        } catch {
            throw SiteArchiveText.failure(error)
        }
        defer { endpoint.close() }
        do {
            let media = try FileMediaLibrary(
                folder: URL(fileURLWithPath: store.mediaFolder ?? ServerSettings.defaultMediaFolder(for: location)))
            summary = try await archive.restore(
                into: endpoint, location: location.description, media: media,
                progress: SiteArchiveText.showing(on: display))
        } catch {
            throw SiteArchiveText.failure(error)
        }
        display.finish()
        print(SiteArchiveText.finished("Restored \(file) into \(location)", since: started, summary))
        print("Verified: every table has the rows and checksum the archive lists, every picture its hash.")
        try await IndexRebuild.run(on: endpoint.store, workingOutRelatedNews: false)
        print(
            "Accounts have no passwords yet: sahifa user password --email … gives one, "
                + "or sahifa user add opens a new admin.")
    }
}
