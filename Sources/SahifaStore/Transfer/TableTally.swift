import Crypto
import Foundation

/// How many rows a table holds and a SHA-256 over their content, read in key order and
/// written in one canonical form, so a table tallies the same in SQLite and PostgreSQL
/// exactly when it holds the same rows.
public struct TableTally: Sendable, Hashable {
    public var rows = 0
    /// The SHA-256 in hexadecimal.
    public var checksum: String

    /// Reads the whole table, `batchSize` rows at a time, telling `read` each batch's size.
    package static func take(
        of table: TransferTable,
        from endpoint: some TransferRows,
        batchSize: Int,
        read: (Int) -> Void
    ) async throws -> TableTally {
        var running = Running()
        var key: [TransferValue]?
        while true {
            let batch = try await endpoint.rows(of: table, after: key, limit: batchSize)
            for row in batch { running.add(row) }
            read(batch.count)
            guard batch.count == batchSize, let last = batch.last else { break }
            key = Array(last.prefix(table.key.count))
        }
        return running.tally
    }

    /// A tally taken row by row, in key order, as the rows go past.
    package struct Running {
        private var hash = SHA256()
        private var rows = 0

        package init() {}

        package mutating func add(_ row: [TransferValue]) {
            hash.update(data: Data(TableTally.canonicalText(of: row).utf8))
            rows += 1
        }

        package var tally: TableTally {
            TableTally(rows: rows, checksum: Hexadecimal.string(of: hash.finalize()))
        }
    }

    /// One line per row. Each value names its kind; text carries its length in UTF-8 bytes,
    /// so no text can pass for another row; doubles are written in the shortest form that
    /// reads back to the same bits; flags are already 0 or 1.
    package static func canonicalText(of row: [TransferValue]) -> String {
        var line = ""
        for value in row {
            switch value {
            case .integer(let integer): line += "i\(integer);"
            case .double(let double): line += "d\(double);"
            case .text(let text): line += "t\(text.utf8.count):\(text);"
            case .null: line += "n;"
            }
        }
        return line + "\n"
    }
}
