/// A result row read by column position. SQLite's rows (`SQLiteRow`, which never fails) and
/// PostgreSQL's (`PostgresStoreRow`, which fails on a type it did not expect) both provide
/// it, so each kind of value is decoded from its columns in one place for both stores.
package protocol StoreRow {
    func int64(_ column: Int32) throws -> Int64
    func int(_ column: Int32) throws -> Int
    func bool(_ column: Int32) throws -> Bool
    func double(_ column: Int32) throws -> Double
    func optionalDouble(_ column: Int32) throws -> Double?
    func optionalInt64(_ column: Int32) throws -> Int64?
    func text(_ column: Int32) throws -> String
    func optionalText(_ column: Int32) throws -> String?
    /// A text column's UTF-8 bytes, for rendered HTML that is written out unchanged.
    func bytes(_ column: Int32) throws -> [UInt8]
}
