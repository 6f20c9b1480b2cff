/// The few statements a transfer runs on each table, in SQL both databases accept. Names
/// come from `TransferTable.newsroom`, never from input; every value is a `?`.
extension TransferTable {
    /// Up to `?` rows in key order, after the key given in the first `?`s when `afterKey`.
    /// - Parameter textCollation: the collation text keys are ordered by, so that both stores
    ///   read rows in one order whatever the server's locale.
    package func selectPage(afterKey: Bool, textCollation: String) -> String {
        let keys = orderedKeys(textCollation)
        let condition = afterKey ? " WHERE (\(keys.joined(separator: ", "))) > (\(placeholders(key.count)))" : ""
        return "SELECT \(columnList) FROM \(name)\(condition) ORDER BY \(keys.joined(separator: ", ")) LIMIT ?"
    }

    /// The key of the last row in key order.
    package func selectLastKey(textCollation: String) -> String {
        let keys = orderedKeys(textCollation)
        let order = keys.map { $0 + " DESC" }.joined(separator: ", ")
        return "SELECT \(key.joined(separator: ", ")) FROM \(name) ORDER BY \(order) LIMIT 1"
    }

    package var countRows: String { "SELECT COUNT(*) FROM \(name)" }

    package var deleteRows: String { "DELETE FROM \(name)" }

    /// Inserts `rows` rows; a row whose key is already there is left as it is, so a batch
    /// written again after an interruption adds nothing twice. Any other clash (a slug taken
    /// by another row) still fails the batch.
    package func insert(rows: Int) -> String {
        let values = Array(repeating: "(\(placeholders(columns.count)))", count: rows).joined(separator: ", ")
        let conflict = "ON CONFLICT (\(key.joined(separator: ", "))) DO NOTHING"
        return "INSERT INTO \(name) (\(columnList)) VALUES \(values) \(conflict)"
    }

    private var columnList: String { columns.map(\.name).joined(separator: ", ") }

    private func orderedKeys(_ textCollation: String) -> [String] {
        keyColumns.map { $0.kind == .text ? "\($0.name) COLLATE \(textCollation)" : $0.name }
    }

    private func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
