import ArgumentParser
import Foundation
import Logging
import SahifaStorage
import SahifaStore
import SahifaWeb

/// `sahifa migrate-data`: copies a whole newsroom from one database to another, checks the
/// copy table by table, then builds the new database's search index and related news.
struct MigrateDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-data",
        abstract: "Copy a newsroom from one database to another (SQLite ⇄ PostgreSQL).",
        discussion: """
            Moves everything: sections, authors, tags, picture records, site settings and social links, \
            accounts (password hashes and second-factor secrets), sessions, API tokens, articles with their \
            bodies, tags, bylines, related cards, revisions and related news, breaking items and the audit log.

            SQLite to PostgreSQL (to run several instances):
              sahifa migrate-data --from news.sqlite --to postgres://sahifa@db/news
            PostgreSQL to SQLite (back to one machine):
              sahifa migrate-data --from postgres://sahifa@db/news --to news.sqlite

            Stop the site (or keep the newsroom out) while it copies. Both schemas are migrated first. \
            The target must hold no articles, sections or accounts. Rows go across --batch-size at a time, \
            each batch in its own transaction; if the copy is interrupted, run the same command again with \
            --resume: it continues where the target stops and writes nothing twice. At the end every table \
            is counted and checksummed on both sides; then the target's search index is rebuilt and its \
            related news worked out. Picture files are not in the database: serve the new database with \
            --media pointing at the old media folder, or copy that folder.
            """
    )

    @Option(
        help: ArgumentHelp(
            "The database to copy from: a SQLite file or a postgres:// address.", valueName: "path-or-url")
    )
    var from: String

    @Option(
        help: ArgumentHelp(
            "The database to copy into: a SQLite file or a postgres:// address.", valueName: "path-or-url")
    )
    var to: String

    @Flag(help: "Continue an interrupted copy into the same target instead of refusing a target that holds a newsroom.")
    var resume = false

    @Option(help: "Rows per transaction.")
    var batchSize = 1000

    func validate() throws {
        guard !from.isEmpty, !to.isEmpty else {
            throw ValidationError("--from and --to each need a SQLite file or a postgres:// address")
        }
        guard (1...10_000).contains(batchSize) else {
            throw ValidationError("--batch-size must be between 1 and 10000")
        }
    }

    func run() async throws {
        let source = StoreLocation(from)
        let target = StoreLocation(to)
        // The client's retries would otherwise fill the screen before the one line that matters.
        var logger = Logger(label: "sahifa")
        logger.logLevel = .error
        let transfer: StoreTransfer
        do {
            transfer = try await StoreTransfer.open(from: source, to: target, logger: logger)
        } catch {
            throw failure(error)
        }
        defer { transfer.close() }
        do {
            try await copy(with: transfer)
            try await verify(with: transfer)
        } catch {
            throw failure(error)
        }
        try await IndexRebuild.run(on: transfer.targetStore)
        let oldMedia = ServerSettings.defaultMediaFolder(for: source)
        if oldMedia != ServerSettings.defaultMediaFolder(for: target) {
            print("Picture files stay in \(oldMedia): serve \(target) with --media \(oldMedia), or copy that folder.")
        }
    }

    private func copy(with transfer: StoreTransfer) async throws {
        let started = Date()
        let progress = ProgressBox(ProgressDisplay(label: "copying"))
        try await transfer.copy(batchSize: batchSize, resuming: resume) { step in
            progress.update(
                fraction: step.fraction, detail: "\(step.table): \(step.rowsDone) of \(step.rowsTotal) rows")
        }
        progress.finish()
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        print("Copied \(transfer.source) to \(transfer.target) in \(seconds) s.")
    }

    private func verify(with transfer: StoreTransfer) async throws {
        let progress = ProgressBox(ProgressDisplay(label: "verifying"))
        let comparisons = try await transfer.verify(batchSize: batchSize) { step in
            progress.update(
                fraction: step.fraction, detail: "\(step.table): \(step.rowsDone) of \(step.rowsTotal) rows")
        }
        progress.finish()
        for table in comparisons {
            let target = "\(table.target.rows) rows, SHA-256 \(table.target.checksum.prefix(16))"
            let source = "source \(table.source.rows) rows, target \(target)"
            print(table.matches ? "  \(table.table): \(target)" : "  \(table.table): DIFFERS (\(source))")
        }
        let differing = comparisons.filter { !$0.matches }.map(\.table)
        guard differing.isEmpty else {
            throw CommandFailure(
                "the copy differs from the source in \(differing.joined(separator: ", ")); was the source written to "
                    + "during the copy? Stop the site and run again with --resume, or copy into an empty database"
            )
        }
        print("Verified: every table has the same rows and checksum in both databases.")
    }

    /// What went wrong, in one line for the operator.
    private func failure(_ error: any Error) -> any Error {
        switch error {
        case let error as StoreError: CommandFailure(StoreErrorText.describe(error))
        case let error as StoreTransferError: CommandFailure(Self.describe(error))
        default: error
        }
    }

    private static func describe(_ error: StoreTransferError) -> String {
        switch error {
        case .sameDatabase(let location):
            "--from and --to both name \(location); give another database as --to"
        case .targetHoldsNewsroom(let location):
            "\(location) already holds a newsroom (articles, sections or accounts). To finish an interrupted copy "
                + "into it, run the same command again with --resume; otherwise give an empty database as --to"
        case .unexpectedValue(let table, let column):
            "the source's \(table).\(column) holds a value Sahifa never writes there; the copy stopped"
        }
    }
}
