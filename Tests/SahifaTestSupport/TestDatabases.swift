import Foundation
import Logging
import PostgresNIO

/// Throwaway PostgreSQL databases on the test server named by `SAHIFA_TEST_POSTGRES`, one
/// per test, so tests running at once never see each other's rows.
public enum TestDatabases {
    /// The test server's address (its `sahifa` database), or nil when this run is SQLite's.
    public static let serverURL: String? = ProcessInfo.processInfo.environment["SAHIFA_TEST_POSTGRES"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// Runs `body` with the address of a new, empty database, then drops it.
    public static func withDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        guard let serverURL, let server = URLComponents(string: serverURL) else {
            throw TestDatabaseError.noServer
        }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await creations.run { try await administer(serverURL, "CREATE DATABASE \(name)") }
        var address = server
        address.path = "/" + name
        do {
            let result = try await body(address.string ?? serverURL)
            try await administer(serverURL, "DROP DATABASE \(name) WITH (FORCE)")
            return result
        } catch {
            try? await administer(serverURL, "DROP DATABASE \(name) WITH (FORCE)")
            throw error
        }
    }

    /// Runs one statement on the database at `url` over a connection of its own, as another
    /// client of the server would, outside any store's pool.
    public static func execute(_ sql: String, on url: String) async throws {
        try await administer(url, sql)
    }

    /// Runs one statement outside any transaction, on the database `serverURL` names.
    private static func administer(_ serverURL: String, _ sql: String) async throws {
        guard let url = URLComponents(string: serverURL), let host = url.host else { throw TestDatabaseError.noServer }
        let configuration = PostgresConnection.Configuration(
            host: host, port: url.port ?? 5432, username: url.user ?? "postgres", password: url.password,
            database: String(url.path.dropFirst()), tls: .disable
        )
        let connection = try await PostgresConnection.connect(
            configuration: configuration, id: 1, logger: Logger(label: "sahifa.tests")
        )
        do {
            try await connection.query(PostgresQuery(unsafeSQL: sql), logger: Logger(label: "sahifa.tests"))
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

public enum TestDatabaseError: Error {
    case noServer
}

/// PostgreSQL refuses to copy its template database for two CREATE DATABASE at once
/// ("source database is being accessed by other users"), so tests make theirs one by one.
private let creations = OneAtATime()

private actor OneAtATime {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func run<T: Sendable>(_ work: @Sendable () async throws -> T) async throws -> T {
        if busy {
            await withCheckedContinuation { waiting.append($0) }
        }
        busy = true
        defer {
            if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
        }
        return try await work()
    }
}
