import ArgumentParser
import Foundation
import Logging
import SahifaArchive
import SahifaStorage
import SahifaStore
import SahifaWeb

/// `sahifa export FILE`: the whole site in one archive that `sahifa import sahifa` restores.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole site into one archive (a zip of JSON Lines and picture files).",
        discussion: """
            The archive holds articles with their revisions, sections, tags, authors, accounts and their roles, \
            picture records and files, static pages, redirects, breaking items, site settings and the audit log. \
            Secrets stay behind: no passwords, second factors, sessions or API tokens. The site can keep running: \
            everything is read from one snapshot of the database. docs/ARCHIVE-FORMAT.md describes the format, \
            which any zip tool and JSON reader can open.
            """
    )

    @Argument(help: ArgumentHelp("The archive to write, e.g. site.zip; it must not exist yet.", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let location = store.location()
        if !location.isPostgres, !FileManager.default.fileExists(atPath: location.database) {
            throw CommandFailure("there is no database \(location.database); give the site's --database")
        }
        let media = URL(fileURLWithPath: store.mediaFolder ?? ServerSettings.defaultMediaFolder(for: location))
        let started = Date()
        let display = ProgressBox(ProgressDisplay(label: "exporting"))
        let summary: SiteArchiveSummary
        do {
            let endpoint = try await location.openTransferEndpoint(logger: Logger(label: "sahifa"))
            defer { endpoint.close() }
            try await endpoint.store.migrate()
            summary = try await SiteExport.write(
                from: endpoint, media: media, to: URL(fileURLWithPath: file),
                progress: SiteArchiveText.showing(on: display))
        } catch {
            throw SiteArchiveText.failure(error)
        }
        display.finish()
        print(SiteArchiveText.finished("Exported to \(file)", since: started, summary))
        if !summary.missingPictures.isEmpty {
            print(
                "\(summary.missingPictures.count) picture records had no file in \(media.path) "
                    + "(listed in the archive's manifest.json): \(summary.missingPictures.prefix(5).joined(separator: ", "))"
            )
        }
    }
}
