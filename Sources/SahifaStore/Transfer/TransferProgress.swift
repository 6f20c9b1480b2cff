/// How far a copy or its verification has come, for a progress bar.
public struct TransferProgress: Sendable {
    /// The table being worked on.
    public var table: String
    public var rowsDone: Int
    public var rowsTotal: Int

    package init(table: String, rowsDone: Int, rowsTotal: Int) {
        self.table = table
        self.rowsDone = rowsDone
        self.rowsTotal = rowsTotal
    }

    /// Done so far, 0…1.
    public var fraction: Double { rowsTotal == 0 ? 1 : min(1, Double(rowsDone) / Double(rowsTotal)) }
}
