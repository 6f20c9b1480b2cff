/// One cell of a row on its way from one store to the other. Flags travel as the integers
/// 0 and 1, SQLite's form; the PostgreSQL side turns them into `boolean` and back.
package enum TransferValue: Sendable, Hashable {
    case integer(Int64)
    case double(Double)
    case text(String)
    case null
}
