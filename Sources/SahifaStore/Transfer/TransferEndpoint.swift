/// One side of a transfer, SQLite or PostgreSQL: reads a table's rows in key order and
/// writes rows a batch per transaction. Both sides read rows the same way, so the checksums
/// of `TableTally` compare.
package protocol TransferEndpoint: Sendable {
    /// The store itself, for its migrations, search index and related news.
    var store: any NewsStore { get }

    /// Up to `limit` rows in key order, after the row whose key is `key` (from the first
    /// row when nil).
    func rows(of table: TransferTable, after key: [TransferValue]?, limit: Int) async throws -> [[TransferValue]]

    /// The key of the table's last row in key order, or nil when the table is empty.
    func lastKey(of table: TransferTable) async throws -> [TransferValue]?

    func count(of table: TransferTable) async throws -> Int

    /// Writes `rows` in one transaction, leaving any row whose key is already there.
    func insert(_ rows: [[TransferValue]], into table: TransferTable) async throws

    /// Deletes every row of the table, in one transaction.
    func removeRows(of table: TransferTable) async throws

    /// Makes rows written after the copy get ids past the copied ones.
    func numberNewRowsAfterCopy(of tables: [TransferTable]) async throws

    /// Ends the store's connections.
    func close()
}
