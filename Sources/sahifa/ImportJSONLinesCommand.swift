import ArgumentParser
import Foundation
import Logging
import SahifaCore
import SahifaStore

/// `sahifa import jsonl FILE`: imports a news archive in JSON Lines, batch by batch.
struct ImportJSONLinesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jsonl",
        abstract: "Import articles from a JSON Lines file (.jsonl, .jsonl.gz, or - for standard input).",
        discussion: """
            Each line is one article: id, title, body, category, category_ar, date and optional summary \
            (the format of the shared Arabic news corpus). The id is kept as the article's source id: \
            importing the same file again updates changed articles and skips the rest. Missing sections \
            are created. Each batch is committed on its own, so an interrupted import keeps what it \
            committed and can simply be run again. Related news is worked out at the end, unless \
            --skip-related leaves it to the server.
            """
    )

    @Argument(help: ArgumentHelp("The file to import, or - for standard input.", valueName: "file"))
    var file: String

    @OptionGroup var store: StoreOptions

    @Option(help: "Articles per transaction.")
    var batchSize = 500

    @Flag(help: "Leave related news to the server, which works it out in the background.")
    var skipRelated = false

    func validate() throws {
        guard (1...10_000).contains(batchSize) else {
            throw ValidationError("--batch-size must be between 1 and 10000")
        }
    }

    func run() async throws {
        let database: any NewsStore
        var input: JSONLinesInput
        do {
            database = try await store.location().open(logger: Logger(label: "sahifa"))
            try await database.migrate()
            input = try JSONLinesInput(path: file)
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        } catch let error as JSONLinesInput.Failure {
            throw CommandFailure(error.description)
        }
        let started = Date()
        var report = ImportReport()
        var malformed: [String] = []
        var batch: [ImportedArticle] = []
        var progress = ProgressDisplay(label: "importing")
        func detail(_ count: Int) -> String {
            let rate = Double(count) / max(Date().timeIntervalSince(started), 0.001)
            return "\(count) articles, \(Int(rate))/s"
        }
        var seen = 0
        try await database.deferSearchIndexMerging()
        do {
            // While one batch is written, the next is read and prepared on the other cores.
            var writing: Task<ImportReport, any Error>?
            while true {
                let line: [UInt8]?
                do {
                    line = try input.nextLine()
                } catch let error as JSONLinesInput.Failure {
                    throw CommandFailure(error.description)
                }
                if let line {
                    do throws(NewsCorpusLine.Problem) {
                        batch.append(try NewsCorpusLine.decode(line).importedArticle())
                    } catch {
                        malformed.append("line \(input.lineNumber): \(error)")
                    }
                }
                if batch.count >= batchSize || (line == nil && !batch.isEmpty) {
                    let prepared = await PreparedImport.prepare(batch)
                    if let writing { report.add(try await writing.value) }
                    writing = Task { try await database.importArticles(prepared, at: Date()) }
                    seen += batch.count
                    batch.removeAll(keepingCapacity: true)
                    progress.update(
                        fraction: input.size.map { Double(input.bytesRead) / Double(max($0, 1)) }, detail: detail(seen))
                }
                if line == nil { break }
            }
            if let writing { report.add(try await writing.value) }
        } catch {
            // What was committed stays; its parts of the index are merged by the next import,
            // and merging as writes come in resumes when the server starts.
            try? await database.resumeSearchIndexMerging()
            throw error
        }
        let elapsed = Date().timeIntervalSince(started)
        progress.finish(detail: detail(seen))
        print(
            "Imported \(seen) articles from \(input.name) in \(String(format: "%.1f", elapsed)) s "
                + "(\(Int(Double(seen) / max(elapsed, 0.001))) a second): \(report.added) new, \(report.updated) updated, "
                + "\(report.unchanged) already there."
        )
        let skipped = malformed + report.refused.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        if !skipped.isEmpty {
            print("Skipped \(skipped.count):")
            for reason in skipped.prefix(20) { print("  \(reason)") }
            if skipped.count > 20 { print("  … and \(skipped.count - 20) more") }
        }
        try await SearchIndexCompaction.run(on: database)
        try await SearchIndexCompaction.run(on: database)
        if skipRelated {
            print("Related news is left to `sahifa serve`, which works it out in the background.")
        } else {
            try await RelatedNewsRefresh.run(on: database)
        }
    }
}
