import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// The embedded store: one SQLite file in WAL mode through a GRDB `DatabasePool`, so
/// readers get snapshot reads while the newsroom writes, and writes are serialised.
public struct SQLiteNewsStore: NewsStore {
    let pool: DatabasePool
    let readers: ReaderConnections
    let chromeCache = SiteChromeCache()
    public let changes: NewsChanges

    /// Opens (or creates) the database file at `path`. It does not migrate: call `migrate()`.
    /// - Parameter traceStatements: receives each SQL statement as it runs, with `?` in place
    ///   of its arguments (so no private data); for trace logging and for tests that count
    ///   transactions.
    /// - Throws: `StoreError.cannotOpen` when the file cannot be opened or is not a database.
    /// - Parameter changes: the announcer of this store's writes; by default the one every
    ///   store on this file in this process shares. A separate one stands for another process
    ///   (tests of `recordedChanges`).
    public init(path: String, traceStatements: (@Sendable (String) -> Void)? = nil, changes: NewsChanges? = nil) throws
    {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.label = "sahifa"
        configuration.prepareDatabase { db in
            if let traceStatements {
                db.trace(options: .statement) { event in traceStatements(event.description) }
            }
            if let connection = db.sqliteConnection { try ArticleRank.register(on: connection) }
        }
        self.changes = changes ?? NewsChanges.shared(for: path)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            readers = ReaderConnections(path: path, trace: traceStatements)
            // Opening is lazy; reading the schema proves the file is a usable database now.
            try pool.read { db in _ = try db.tableExists("sections") }
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(location: path, reason: error.message ?? "\(error.resultCode)")
        } catch {
            throw StoreError.cannotOpen(location: path, reason: "\(error)")
        }
    }

    public func migrate() async throws {
        let migrator = SQLiteMigrations.migrator
        let superseded = try await pool.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded {
            let known = Set(migrator.migrations)
            let applied = try await pool.read { db in try migrator.appliedIdentifiers(db) }
            throw StoreError.schemaTooNew(migration: applied.subtracting(known).sorted().last ?? "")
        }
        // Runs once at start-up, before any request, so blocking this thread briefly is harmless.
        try migrator.migrate(pool)
    }

    /// Whether the schema is missing migrations this program knows; `sahifa serve` checks it.
    public func needsMigration() async throws -> Bool {
        let migrator = SQLiteMigrations.migrator
        return try await pool.read { db in try !migrator.hasCompletedMigrations(db) }
    }

    /// One write transaction that also records `change`, then `change` told to listeners
    /// once it has committed.
    func write<T: Sendable>(announcing change: NewsChange, _ work: @Sendable @escaping (Database) throws -> T)
        async throws -> T
    {
        try await write { db in (try work(db), change) }
    }

    /// One write transaction whose `work` also says what it changed (nil for nothing readers
    /// see); the change is recorded in the same transaction and announced after the commit.
    func write<T: Sendable>(_ work: @Sendable @escaping (Database) throws -> (T, NewsChange?)) async throws -> T {
        let (result, change, sequence) = try await committing { db in
            let (result, change) = try work(db)
            guard let change, !change.dependencies.isEmpty else { return (result, change, Int64?.none) }
            return (result, change, try ChangeLog.record(change, at: Date(), in: db))
        }
        if let change { changes.announce(change, sequence: sequence) }
        return result
    }

    public func recordedChanges(after sequence: Int64, limit: Int) async throws -> [RecordedChange] {
        try readPage { db in
            try db.rows(ChangeLogStatements.after, arguments: [sequence, limit]) { try RecordedChange($0) }
        }
    }

    public func waitForChanges(upTo timeout: Duration) async {
        try? await Task.sleep(for: timeout)
    }

    public func latestChangeSequence() async throws -> Int64 {
        try readPage { db in try db.firstRow(ChangeLogStatements.latest) { $0.optionalInt64(0) } ?? nil } ?? 0
    }
}
