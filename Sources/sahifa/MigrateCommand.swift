import ArgumentParser
import Logging
import SahifaStore

/// `sahifa migrate`: brings a database's schema up to date, then exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or upgrade the database schema.",
        discussion: "Safe to run more than once; `sahifa serve` also migrates on start."
    )

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let location = store.location()
        do {
            let database = try await location.open(logger: Logger(label: "sahifa"))
            let needed = try await database.needsMigration()
            try await database.migrate()
            print(needed ? "Migrated \(location) to the current schema." : "\(location) is already up to date.")
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        }
    }
}
