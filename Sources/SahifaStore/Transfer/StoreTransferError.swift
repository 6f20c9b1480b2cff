/// Why `StoreTransfer` refused or stopped a copy between two stores.
public enum StoreTransferError: Error, Sendable, Hashable {
    /// The source and the target are the same database.
    case sameDatabase(location: String)
    /// The target already holds articles, sections or accounts and the copy was not told to
    /// resume into it.
    case targetHoldsNewsroom(location: String)
    /// A cell held a value its column cannot hold (text in a date column, say), which only a
    /// database written by something other than Sahifa can contain.
    case unexpectedValue(table: String, column: String)
}
