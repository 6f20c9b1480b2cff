import ArgumentParser
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
        let path = store.databasePath()
        do {
            let database = try SQLiteNewsStore(path: path)
            let needed = try await database.needsMigration()
            try await database.migrate()
            print(needed ? "Migrated \(path) to the current schema." : "\(path) is already up to date.")
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        }
    }
}
