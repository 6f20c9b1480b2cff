import ArgumentParser
import Foundation
import Logging
import SahifaStorage
import SahifaStore
import SahifaWeb

/// `sahifa backup FOLDER` copies the live site; `sahifa backup --verify FOLDER` checks a copy.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract:
            "Copy the whole site, database and pictures, into a new folder while it keeps serving; or check a backup.",
        discussion: """
            The database is copied as it stood at one moment, while readers and editors go on: SQLite with its \
            online backup, PostgreSQL with pg_dump in its custom format. The pictures that copy names come with it, \
            with backup.json, which records what it holds. Every backup is checked before its folder appears under \
            its name. `sahifa backup --verify FOLDER` checks one again, and `sahifa restore FOLDER` puts it back. \
            Unlike `sahifa export`, a backup keeps everything, passwords and sessions too: keep it as safe as the site.
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The new backup's folder (it must not exist), or with --verify the backup to check.", valueName: "folder"))
    var folder: String

    @Flag(
        help:
            "Check the backup in the folder instead of making one: it opens, passes an integrity check and holds what it should."
    )
    var verify = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var postgres: PostgresProgramOptions

    func run() async throws {
        let started = Date()
        let folder = URL(fileURLWithPath: folder)
        if verify {
            do {
                let manifest = try await SiteBackup.verify(folder, programs: postgres.programs)
                print(
                    "The backup \(folder.path) is sound (made \(ISO8601DateFormatter().string(from: manifest.madeAt))): "
                        + "\(BackupText.contents(manifest)). Checked in \(BackupText.seconds(since: started)).")
            } catch {
                throw BackupText.failure(error)
            }
            return
        }
        let location = store.location()
        if !location.isPostgres, !FileManager.default.fileExists(atPath: location.database) {
            throw CommandFailure("there is no database \(location.database); give the site's --database")
        }
        let media = URL(fileURLWithPath: store.mediaFolder ?? ServerSettings.defaultMediaFolder(for: location))
        let display = ProgressBox(ProgressDisplay(label: "backing up"))
        let manifest: BackupManifest
        do {
            let endpoint = try await location.openTransferEndpoint(logger: Logger(label: "sahifa"))
            defer { endpoint.close() }
            manifest = try await SiteBackup.make(
                of: endpoint.store, media: media, into: folder, programs: postgres.programs,
                progress: SiteArchiveText.showing(on: display))
        } catch {
            throw BackupText.failure(error)
        }
        display.finish()
        print("Backed up to \(folder.path) in \(BackupText.seconds(since: started)): \(BackupText.contents(manifest)).")
        print(
            "Checked: the copy opens, passes its integrity check and holds every row counted; every picture matches its hash."
        )
    }
}
