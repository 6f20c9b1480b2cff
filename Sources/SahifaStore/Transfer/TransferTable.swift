/// A table `sahifa migrate-data` copies: its columns (the same in both schemas) and the
/// key its rows are read in order of, batch after batch.
package struct TransferTable: Sendable {
    package let name: String
    package let columns: [TransferColumn]
    /// The primary key's columns, which come first in `columns`.
    package let key: [String]
    /// Whether PostgreSQL numbers new rows from an identity column `id`, whose sequence must
    /// then move past the copied ids.
    package let numbersNewRows: Bool
    /// Whether the target works the table out again after the copy, in its own way (related
    /// news is scored differently by each database), so that a resumed copy writes the
    /// source's rows afresh rather than compare them with the target's own.
    package let isWorkedOutAgain: Bool

    package init(
        _ name: String,
        key: [String],
        numbersNewRows: Bool = false,
        isWorkedOutAgain: Bool = false,
        _ columns: [TransferColumn]
    ) {
        precondition(columns.prefix(key.count).map(\.name) == key, "\(name): the key columns must come first")
        self.name = name
        self.columns = columns
        self.key = key
        self.numbersNewRows = numbersNewRows
        self.isWorkedOutAgain = isWorkedOutAgain
    }

    /// The key's columns, the first of every row read.
    package var keyColumns: [TransferColumn] { Array(columns.prefix(key.count)) }
}
