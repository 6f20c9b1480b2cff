import Foundation
import Logging
import PostgresNIO
import SahifaCore
import SahifaStore

/// The store for a newsroom on a PostgreSQL server, shared by several Sahifa instances.
///
/// Reader pages and search read from the read replica when one is given, in one read-only
/// repeatable-read transaction each, so a page sees one snapshot. Every write is one
/// transaction on the primary that first takes one advisory lock: writes from all instances
/// run one at a time, as they do on SQLite, so the store's checks (a revision, a free slug)
/// hold until commit, and the change log's numbers are given out in commit order, which is
/// what lets an instance that reads the log after a number miss nothing.
public struct PostgresNewsStore: NewsStore {
    let clients: PostgresClients
    let logger: Logger
    public let changes: NewsChanges
    public let location: PostgresLocation
    /// How long a read or write waits for a connection before it fails with
    /// `StoreError.unavailable`.
    let connectionWait: Duration

    /// The advisory lock every write holds until it commits (any number, ours alone).
    static let writeLock: Int64 = 0x5341_4849_4641
    /// The advisory lock one instance holds while it migrates the schema.
    static let migrationLock: Int64 = 0x5341_4849_4642
    /// The advisory lock of the instance publishing scheduled stories.
    static let schedulerLock: Int64 = 0x5341_4849_4643
    /// The channel every write notifies with its change number.
    static let changeChannel = "sahifa_changes"

    /// Connects to the database at `url` (and its read replica) and checks it answers.
    /// - Parameter poolSize: the most connections this instance opens to each server (at
    ///   least 2: publishing scheduled stories holds one while it writes through another).
    /// - Parameter changes: the announcer of this store's writes; by default the one every
    ///   store on this database in this process shares.
    /// - Parameter connectionWait: how long a call waits for a connection while the server is
    ///   away before it fails with `StoreError.unavailable`, so readers get an answer.
    /// - Throws: `StoreError.cannotOpen` when an address is wrong or a server cannot be reached.
    public init(
        url: String,
        readReplicaURL: String? = nil,
        poolSize: Int = 10,
        logger: Logger = Logger(label: "sahifa.postgres"),
        changes: NewsChanges? = nil,
        connectionWait: Duration = .seconds(5)
    ) async throws {
        let location = try PostgresLocation(url)
        let poolSize = max(poolSize, 2)
        let replica = try readReplicaURL.map(PostgresLocation.init)
        self.location = location
        self.logger = logger
        self.connectionWait = connectionWait
        self.changes = changes ?? NewsChanges.shared(for: location.description)
        clients = PostgresClients(
            primary: PostgresClient(
                configuration: try location.configuration(poolSize: poolSize), backgroundLogger: logger),
            replica: try replica.map {
                PostgresClient(configuration: try $0.configuration(poolSize: poolSize), backgroundLogger: logger)
            }
        )
        await clients.started()
        for (client, address) in [
            (clients.primary, location), (clients.replica ?? clients.primary, replica ?? location),
        ] {
            do {
                try await Self.check(client, logger: logger)
            } catch {
                throw StoreError.cannotOpen(location: address.description, reason: Self.reason(error))
            }
        }
    }

    /// A first query, with a deadline: the pool keeps retrying a server it cannot reach.
    private static func check(_ client: PostgresClient, logger: Logger) async throws {
        try await PostgresAvailability.withConnection(on: client, wait: .seconds(8)) { connection in
            try await PostgresSession(connection: connection, logger: logger).run("SELECT 1")
        }
    }

    /// What PostgreSQL or the network said, in one line.
    static func reason(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        if case StoreError.cannotOpen(_, let reason) = error { return reason }
        if case StoreError.unavailable(let reason) = error { return reason }
        return "\(error)"
    }

    /// Every missing migration in one transaction that holds the migration lock: instances
    /// starting at once wait for each other, and the lock ends with the transaction, so it
    /// holds behind a pooler in transaction mode too, where a session's lock would stay on
    /// whichever server connection happened to take it. A failure leaves the schema as it was.
    public func migrate() async throws {
        try await clients.primary.withConnection { connection in
            try await transaction("BEGIN", on: connection) { session in
                try await session.run("SELECT pg_advisory_xact_lock(?)", [Self.migrationLock])
                try await session.run(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (identifier text PRIMARY KEY, applied_at double precision NOT NULL)"
                )
                let applied = Set(try await session.rows("SELECT identifier FROM schema_migrations") { try $0.text(0) })
                let known = PostgresMigrations.all.map(\.identifier)
                if let unknown = applied.subtracting(known).sorted().last {
                    throw StoreError.schemaTooNew(migration: unknown)
                }
                for migration in PostgresMigrations.all where !applied.contains(migration.identifier) {
                    // One statement per message: the extended protocol takes no more.
                    for statement in migration.sql.components(separatedBy: ";\n") where !statement.isBlank {
                        try await session.run(statement)
                    }
                    try await session.run(
                        "INSERT INTO schema_migrations (identifier, applied_at) VALUES (?, ?)",
                        [migration.identifier, Date().timeIntervalSince1970]
                    )
                }
            }
        }
    }

    /// Whether the schema is missing migrations this program knows; `sahifa serve` checks it.
    public func needsMigration() async throws -> Bool {
        try await readPrimary { db in
            let exists = try await db.firstRow("SELECT to_regclass('schema_migrations') IS NOT NULL") { try $0.bool(0) }
            guard exists == true else { return true }
            let applied = Set(try await db.rows("SELECT identifier FROM schema_migrations") { try $0.text(0) })
            return PostgresMigrations.all.contains { !applied.contains($0.identifier) }
        }
    }

    /// Ends this store's connections; the store cannot be used afterwards.
    public func close() {
        clients.close()
    }

    // MARK: Transactions

    /// A connection of `client` for `body`, or `StoreError.unavailable` while the server is away.
    func withConnection<T: Sendable>(
        on client: PostgresClient,
        _ body: @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await PostgresAvailability.withConnection(on: client, wait: connectionWait, body)
    }

    /// One read-only transaction for a reader page, on the read replica when there is one.
    func readPage<T: Sendable>(_ read: @Sendable (PostgresSession) async throws -> T) async throws -> T {
        try await self.read(on: clients.replica ?? clients.primary, read)
    }

    /// One read-only transaction on the primary, for the newsroom, which must see its own writes.
    func readPrimary<T: Sendable>(_ read: @Sendable (PostgresSession) async throws -> T) async throws -> T {
        try await self.read(on: clients.primary, read)
    }

    private func read<T: Sendable>(on client: PostgresClient, _ read: @Sendable (PostgresSession) async throws -> T)
        async throws -> T
    {
        try await inTransaction("START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY", on: client, read)
    }

    /// `body` in one transaction begun with `start`, on a connection of `client`. A connection
    /// found dead at `start` (the pool lent it in the moment before it heard that the server
    /// had closed it, as happens to every idle connection when the server restarts) is given
    /// up and another leased: nothing that could change anything was sent on it.
    private func inTransaction<T: Sendable>(
        _ start: String, on client: PostgresClient, _ body: @Sendable (PostgresSession) async throws -> T
    ) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await withConnection(on: client) { connection in
                    try await transaction(start, on: connection, body)
                }
            } catch let dead as PostgresAvailability.DeadConnection {
                guard attempt < Self.leaseAttempts else { throw StoreError.unavailable(reason: dead.reason) }
                attempt += 1
            }
        }
    }

    /// How many connections a call tries before it gives up on finding a live one.
    private static let leaseAttempts = 3

    /// `start`, then `body`, then COMMIT; ROLLBACK when `body` fails, unless the connection
    /// itself failed: the server rolls back the transaction of a connection that is gone, and
    /// a statement queued on a connection the server has just closed may never be answered.
    /// - Throws: `StoreError.unavailable` when COMMIT goes unanswered: the write may or may
    ///   not have been saved, so it is never reported as done.
    private func transaction<T>(
        _ start: String, on connection: PostgresConnection, _ body: (PostgresSession) async throws -> T
    ) async throws -> T {
        guard !connection.isClosed else {
            throw PostgresAvailability.DeadConnection(reason: "the connection had closed")
        }
        let session = PostgresSession(connection: connection, logger: logger)
        do {
            try await session.run(start)
        } catch {
            if let reason = PostgresAvailability.unavailability(error) {
                throw PostgresAvailability.DeadConnection(reason: reason)
            }
            throw error
        }
        let result: T
        do {
            result = try await body(session)
        } catch {
            if PostgresAvailability.unavailability(error) == nil { try? await session.run("ROLLBACK") }
            throw Self.refusal(error) ?? error
        }
        do {
            try await session.run("COMMIT")
        } catch {
            if let reason = PostgresAvailability.unavailability(error) {
                throw StoreError.unavailable(
                    reason:
                        "the database went away before confirming the write, which may or may not have been saved: \(reason)"
                )
            }
            throw Self.refusal(error) ?? error
        }
        return result
    }

    /// An integrity constraint violation (SQLSTATE class 23: unique, check, not null, foreign
    /// key) in the store's terms, with the column PostgreSQL names, or its constraint's name;
    /// or a full disk.
    static func refusal(_ error: any Error) -> StoreError? {
        guard let error = error as? PSQLError, let info = error.serverInfo, let state = info[.sqlState] else {
            return nil
        }
        // 53100 disk_full: the server's disk, which a write cannot wait out.
        if state == "53100" { return .diskFull }
        guard state.hasPrefix("23") else { return nil }
        return .refusedValue(
            table: info[.tableName] ?? "",
            field: info[.columnName] ?? keyColumn(info[.detail]) ?? info[.constraintName] ?? "reference")
    }

    /// A unique or foreign-key violation names its key only in its detail: "Key (token_hash)=(…) already exists."
    private static func keyColumn(_ detail: String?) -> String? {
        guard let detail, let open = detail.range(of: "Key ("),
            let close = detail.range(of: ")=", range: open.upperBound..<detail.endIndex)
        else { return nil }
        return detail[open.upperBound..<close.lowerBound].split(separator: ",").first.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    /// One write transaction that records and announces nothing.
    func write<T: Sendable>(_ work: @Sendable (PostgresSession) async throws -> T) async throws -> T {
        try await write { db in (try await work(db), NewsChange?.none) }
    }

    /// One write transaction that also records `change`, then `change` told to listeners
    /// once it has committed.
    func write<T: Sendable>(announcing change: NewsChange, _ work: @Sendable (PostgresSession) async throws -> T)
        async throws -> T
    {
        try await write { db in (try await work(db), change) }
    }

    /// One write transaction whose `work` also says what it changed (nil for nothing readers
    /// see); the change is recorded and notified in the same transaction and announced here
    /// after the commit. A write whose connection dies before COMMIT is rolled back by the
    /// server; one whose COMMIT goes unanswered throws `StoreError.unavailable`, never success.
    func write<T: Sendable>(_ work: @Sendable (PostgresSession) async throws -> (T, NewsChange?)) async throws -> T {
        let (result, change, sequence) = try await inTransaction("BEGIN", on: clients.primary) { db in
            try await db.run("SELECT pg_advisory_xact_lock(?)", [Self.writeLock])
            let (result, change) = try await work(db)
            guard let change, !change.dependencies.isEmpty else { return (result, change, Int64?.none) }
            return (result, change, try await PostgresChangeLog.record(change, at: Date(), in: db))
        }
        if let change { changes.announce(change, sequence: sequence) }
        return result
    }

    public func recordedChanges(after sequence: Int64, limit: Int) async throws -> [RecordedChange] {
        try await readPrimary { db in
            try await db.rows(ChangeLogStatements.after, [sequence, limit]) { try RecordedChange($0) }
        }
    }

    public func waitForChanges(upTo timeout: Duration) async {
        await clients.listener.wait(upTo: timeout, location: location, logger: logger)
    }

    public func latestChangeSequence() async throws -> Int64 {
        try await readPrimary { db in
            try await db.firstRow(ChangeLogStatements.latest) { try $0.optionalInt64(0) } ?? nil
        }
            ?? 0
    }
}

/// The connection pools of one store, running for as long as the store is in use.
final class PostgresClients: Sendable {
    let primary: PostgresClient
    let replica: PostgresClient?
    let listener = PostgresChangeListener()
    private let running: Task<Void, Never>
    private let starting: AsyncStream<Void>

    init(primary: PostgresClient, replica: PostgresClient?) {
        self.primary = primary
        self.replica = replica
        let (starting, start) = AsyncStream<Void>.makeStream()
        self.starting = starting
        running = Task {
            await withDiscardingTaskGroup { group in
                for client in [primary] + (replica.map { [$0] } ?? []) {
                    group.addTask {
                        start.yield()
                        await client.run()
                    }
                }
            }
        }
    }

    /// Returns once every pool is starting to run: PostgresNIO warns of a lease made before.
    func started() async {
        let pools = replica == nil ? 1 : 2
        for await _ in starting.prefix(pools) {}
    }

    func close() {
        running.cancel()
    }

    deinit {
        running.cancel()
    }
}

extension String {
    fileprivate var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
