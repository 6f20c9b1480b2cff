import ArgumentParser
import Foundation
import Logging
import SahifaStorage
import SahifaStore
import SahifaWeb

/// `sahifa restore FOLDER --database TARGET`: puts a backup back.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup made by `sahifa backup` back into an empty database, with its pictures.",
        discussion: """
            The backup is checked whole first; a damaged one touches nothing. A SQLite backup goes into a SQLite \
            file, a PostgreSQL backup into a PostgreSQL database (with pg_restore, in one transaction). The target \
            must hold no site, unless --replace is given: stop every server on it first. Pictures are copied into \
            the media folder, and the schema is brought up to date. To move between SQLite and PostgreSQL, restore \
            into the same kind and use `sahifa migrate-data`.
            """
    )

    @Argument(help: ArgumentHelp("The backup's folder.", valueName: "folder"))
    var folder: String

    @Flag(help: "Put the backup in place of a database that already holds a site.")
    var replace = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var postgres: PostgresProgramOptions

    func run() async throws {
        let started = Date()
        let location = store.location()
        let media = URL(fileURLWithPath: store.mediaFolder ?? ServerSettings.defaultMediaFolder(for: location))
        let manifest: BackupManifest
        do {
            manifest = try await SiteBackup.restore(
                URL(fileURLWithPath: folder), to: location, media: media, replacing: replace,
                programs: postgres.programs, logger: Logger(label: "sahifa"))
        } catch {
            throw BackupText.failure(error)
        }
        print(
            "Restored \(folder) into \(location) in \(BackupText.seconds(since: started)): \(BackupText.contents(manifest))."
        )
    }
}
