/// Reads a store's tables in key order, the same way on both databases, so the checksums
/// of `TableTally` compare.
package protocol TransferRows: Sendable {
    /// Up to `limit` rows in key order, after the row whose key is `key` (from the first
    /// row when nil).
    func rows(of table: TransferTable, after key: [TransferValue]?, limit: Int) async throws -> [[TransferValue]]

    /// The key of the table's last row in key order, or nil when the table is empty.
    func lastKey(of table: TransferTable) async throws -> [TransferValue]?

    func count(of table: TransferTable) async throws -> Int
}

/// One side of a transfer, SQLite or PostgreSQL: reads a table's rows in key order and
/// writes rows a batch per transaction.
package protocol TransferEndpoint: TransferRows {
    /// The store itself, for its migrations, search index and related news.
    var store: any NewsStore { get }

    /// `body` with reads that all see the store as it stood at one moment, whatever is
    /// written meanwhile: an export taken while the site runs never holds an article
    /// without its body.
    func readingSnapshot<T: Sendable>(_ body: @Sendable (any TransferRows) async throws -> T) async throws -> T

    /// Writes `rows` in one transaction, leaving any row whose key is already there.
    func insert(_ rows: [[TransferValue]], into table: TransferTable) async throws

    /// Deletes every row of the table, in one transaction.
    func removeRows(of table: TransferTable) async throws

    /// Makes rows written after the copy get ids past the copied ones.
    func numberNewRowsAfterCopy(of tables: [TransferTable]) async throws

    /// Ends the store's connections.
    func close()
}

extension TransferRows {
    /// Whether the store has begun a newsroom of its own (or received part of a copy):
    /// it holds articles, sections or accounts.
    package func holdsNewsroom() async throws -> Bool {
        for table in TransferTable.newsroom where ["articles", "sections", "accounts"].contains(table.name) {
            if try await lastKey(of: table) != nil { return true }
        }
        return false
    }
}
