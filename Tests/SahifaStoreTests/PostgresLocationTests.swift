import Foundation
import SahifaStore
import Testing

@testable import SahifaPostgres

/// The address of a database behind a pooler: the pooler for the pool, the server itself for
/// what a pooler in transaction mode cannot carry.
@Suite("PostgreSQL addresses behind a pooler")
struct PostgresLocationTests {
    @Test("direct_host and direct_port send the listener and pg_dump to the server, the pool to the pooler")
    func directAddress() throws {
        let pooled = try PostgresLocation(
            "postgres://sahifa:secret@pooler.example:6432/news?sslmode=require&direct_host=db.example&direct_port=5432")
        #expect(pooled.host == "pooler.example" && pooled.port == 6432)
        let pool = try pooled.configuration(poolSize: 4)
        #expect(pool.host == "pooler.example" && pool.port == 6432)
        let listener = try pooled.connectionConfiguration()
        #expect(listener.host == "db.example" && listener.port == 5432)
        #expect(pooled.programEnvironment["PGHOST"] == "db.example")
        #expect(pooled.programEnvironment["PGPORT"] == "5432")

        let plain = try PostgresLocation("postgres://sahifa@db.example/news")
        #expect(plain.directHost == "db.example" && plain.directPort == 5432)
    }

    @Test("a direct_port that is not a port number is refused, naming it")
    func badDirectPort() {
        #expect {
            try PostgresLocation("postgres://sahifa@pooler.example:6432/news?direct_port=fivefour")
        } throws: { error in
            "\(error)".contains("direct_port must be a port number, not fivefour")
        }
    }
}
