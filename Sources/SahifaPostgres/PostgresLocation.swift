import Foundation
import NIOSSL
import PostgresNIO
import SahifaStore

/// A `postgres://user:password@host:port/database?sslmode=…` address, as libpq and every
/// PostgreSQL tool write it, turned into PostgresNIO's client configuration.
///
/// `sslmode` means what it means to libpq: `disable`; `prefer` (the default: TLS when the
/// server offers it); `require` (always TLS, certificate not checked); `verify-ca` (checked
/// against `sslrootcert` or the system's roots); `verify-full` (and the host name too).
///
/// Behind a connection pooler in transaction mode (PgBouncer, as managed databases run it),
/// `direct_host` and `direct_port` name the database server itself, for what a pooler that
/// hands each transaction to any server connection cannot carry: the change listener's
/// LISTEN, and `pg_dump` and `pg_restore`. Without them everything goes to `host` and `port`.
public struct PostgresLocation: Sendable, CustomStringConvertible {
    public let host: String
    public let port: Int
    /// The server itself, when `host` and `port` are a pooler's.
    public let directHost: String
    public let directPort: Int
    public let user: String
    let password: String?
    public let database: String
    public let sslMode: String
    let rootCertificate: String?

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    public static func isPostgres(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// - Throws: `StoreError.cannotOpen` naming what is wrong with the address.
    public init(_ text: String) throws {
        func refuse(_ reason: String) -> StoreError {
            StoreError.cannotOpen(location: Self.redacted(text), reason: reason)
        }
        guard Self.isPostgres(text), let url = URLComponents(string: text) else {
            throw refuse("not a postgres:// address")
        }
        guard let host = url.host, !host.isEmpty else { throw refuse("the address names no host") }
        let database = String(url.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw refuse("the address names no database (…/DATABASE at its end)") }
        let options = Dictionary((url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let sslMode = options["sslmode"] ?? "prefer"
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslMode) else {
            throw refuse("unknown sslmode \(sslMode) (disable, prefer, require, verify-ca or verify-full)")
        }
        self.host = host
        self.port = url.port ?? 5432
        directHost = options["direct_host"].flatMap { $0.isEmpty ? nil : $0 } ?? host
        if let text = options["direct_port"] {
            guard let port = Int(text), (1...65_535).contains(port) else {
                throw refuse("direct_port must be a port number, not \(text)")
            }
            directPort = port
        } else {
            directPort = url.port ?? 5432
        }
        self.user = url.user?.removingPercentEncoding ?? "postgres"
        self.password = url.password?.removingPercentEncoding
        self.database = database.removingPercentEncoding ?? database
        self.sslMode = sslMode
        self.rootCertificate = options["sslrootcert"]
    }

    /// The address without its password, for logs and messages.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)?sslmode=\(sslMode)"
    }

    /// `text` with any password replaced, for messages about an address that did not parse.
    package static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }

    /// The client configuration for a pool of at most `poolSize` connections.
    func configuration(poolSize: Int) throws -> PostgresClient.Configuration {
        let mode: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": mode = .disable
        case "allow", "prefer": mode = .prefer(tlsConfiguration)
        default: mode = .require(tlsConfiguration)
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: mode
        )
        configuration.options.maximumConnections = poolSize
        configuration.options.minimumConnections = 1
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = [("application_name", "sahifa")]
        return configuration
    }

    /// The configuration of a single connection outside the pool (the change listener's).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let mode: PostgresConnection.Configuration.TLS
        switch sslMode {
        case "disable": mode = .disable
        case "allow", "prefer": mode = .prefer(try NIOSSLContext(configuration: tlsConfiguration))
        default: mode = .require(try NIOSSLContext(configuration: tlsConfiguration))
        }
        var configuration = PostgresConnection.Configuration(
            host: directHost, port: directPort, username: user, password: password, database: database, tls: mode
        )
        configuration.options.connectTimeout = .seconds(5)
        configuration.options.additionalStartupParameters = [("application_name", "sahifa listener")]
        return configuration
    }

    /// The address as libpq's environment variables, for `pg_dump` and `pg_restore`: the
    /// password never appears among a program's arguments, where any user of the machine
    /// could read it.
    var programEnvironment: [String: String] {
        var environment = [
            "PGHOST": directHost, "PGPORT": String(directPort), "PGUSER": user, "PGDATABASE": database,
            "PGSSLMODE": sslMode,
            "PGAPPNAME": "sahifa backup",
        ]
        if let password { environment["PGPASSWORD"] = password }
        if let rootCertificate { environment["PGSSLROOTCERT"] = rootCertificate }
        return environment
    }

    /// TLS as `sslmode` asks: certificates checked only for `verify-ca` and `verify-full`.
    private var tlsConfiguration: TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let rootCertificate { tls.trustRoots = .file(rootCertificate) }
        switch sslMode {
        case "verify-full": break
        case "verify-ca": tls.certificateVerification = .noHostnameVerification
        default: tls.certificateVerification = .none
        }
        return tls
    }
}
