import ArgumentParser
import Logging
import SahifaStore

/// `sahifa reindex`: rebuilds the search index and the related news.
struct ReindexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Rebuild the search index and related news from the articles.",
        discussion: "Needed after an upgrade that changes how text is analysed. Search is incomplete while it runs."
    )

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database: any NewsStore
        do {
            database = try await store.location().open(logger: Logger(label: "sahifa"))
            try await database.migrate()
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        }
        try await IndexRebuild.run(on: database)
    }
}
