import Foundation
import GRDB
import SahifaTestSupport
import Testing

@testable import SahifaPostgres
@testable import SahifaSQLite
@testable import SahifaStore

/// The two schemas cannot drift apart: both databases are migrated and their tables and
/// columns compared with each other and with the columns `sahifa migrate-data` copies.
@Suite(
    "Both stores' schemas",
    .enabled(if: TestDatabases.serverURL != nil, "needs a PostgreSQL server in SAHIFA_TEST_POSTGRES")
)
struct SchemaAgreementTests {
    /// Tables only one store has: each keeps the search index its own way, and its own record
    /// of the migrations it ran.
    static let sqliteOnly: Set<String> = [
        "grdb_migrations", "article_search", "article_search_text", "article_search_config", "article_search_data",
        "article_search_docsize", "article_search_idx", "article_search_terms",
    ]
    static let postgresOnly: Set<String> = ["schema_migrations", "article_search", "search_terms", "search_documents"]

    /// Each table's columns, by table name.
    typealias Schema = [String: Set<String>]

    @Test("both schemas have the same tables with the same columns, but for each store's search index")
    func sameTables() async throws {
        let (sqlite, postgres) = try await Self.migratedSchemas()
        let shared = Set(sqlite.keys).subtracting(Self.sqliteOnly)
        #expect(shared == Set(postgres.keys).subtracting(Self.postgresOnly))
        for table in shared.sorted() {
            #expect(sqlite[table] == postgres[table], "columns of \(table)")
        }
    }

    @Test("a newsroom copy moves every column of every table it lists, and names no column that is not there")
    func transferListsEveryColumn() async throws {
        let (sqlite, postgres) = try await Self.migratedSchemas()
        for table in TransferTable.newsroom {
            let listed = Set(table.columns.map(\.name))
            #expect(sqlite[table.name] == listed, "SQLite's \(table.name)")
            #expect(postgres[table.name] == listed, "PostgreSQL's \(table.name)")
        }
        let notCopied = Set(sqlite.keys).subtracting(Self.sqliteOnly).subtracting(TransferTable.newsroom.map(\.name))
        #expect(
            notCopied == [
                "related_queue", "stale_bodies", "page_changes", "backup_schedule", "backup_runs", "autosaves",
            ])
    }

    @Test("migrations since PostgreSQL's schema caught up are the same, with the same names, in the same order")
    func sameMigrationNames() {
        let sqlite = SQLiteMigrations.migrator.migrations
        let postgres = PostgresMigrations.all.map(\.identifier)
        guard let firstShared = sqlite.firstIndex(of: PostgresMigrations.firstSharedWithSQLite),
            let firstSharedOnPostgres = postgres.firstIndex(of: PostgresMigrations.firstSharedWithSQLite)
        else {
            Issue.record("both stores must have the migration \(PostgresMigrations.firstSharedWithSQLite)")
            return
        }
        #expect(Array(sqlite[firstShared...]) == Array(postgres[firstSharedOnPostgres...]))
    }

    /// A new SQLite file and a new PostgreSQL database, each migrated, read back.
    private static func migratedSchemas() async throws -> (sqlite: Schema, postgres: Schema) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sahifa-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sqliteStore = try SQLiteNewsStore(path: folder.appendingPathComponent("schema.sqlite").path)
        try await sqliteStore.migrate()
        let sqlite = try await sqliteStore.pool.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            return try Dictionary(
                uniqueKeysWithValues: tables.map { table in
                    (
                        table,
                        Set(try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table]))
                    )
                }
            )
        }
        let postgres = try await TestDatabases.withDatabase { url in
            let store = try await PostgresNewsStore(url: url, poolSize: 1)
            defer { store.close() }
            try await store.migrate()
            return try await store.readPrimary { db in
                try await db.rows(
                    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'"
                ) { (try $0.text(0), try $0.text(1)) }
            }
        }
        return (sqlite, Dictionary(grouping: postgres, by: \.0).mapValues { Set($0.map(\.1)) })
    }
}
