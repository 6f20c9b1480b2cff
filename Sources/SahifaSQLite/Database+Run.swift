import GRDB
import SahifaStore

extension Database {
    /// Runs a write statement through the connection's statement cache: bulk writes (imports,
    /// reindexing) run the same few statements thousands of times.
    func run(_ sql: String, _ arguments: StatementArguments = []) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
