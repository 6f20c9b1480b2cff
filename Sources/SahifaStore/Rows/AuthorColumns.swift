import SahifaCore

/// How an author is selected and read back, in both stores.
package enum AuthorColumns {
    /// The columns `author(in:at:)` reads, in order, from table alias `table`.
    package static func list(_ table: String) -> String {
        ["id", "slug", "name", "bio"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    package static let count: Int32 = 4

    /// An author read from `list(_:)` selected at position `offset` of a row.
    package static func author(in row: some StoreRow, at offset: Int32 = 0) throws -> Author {
        Author(
            id: try row.int64(offset),
            slug: try row.text(offset + 1),
            name: try row.text(offset + 2),
            bio: try row.text(offset + 3)
        )
    }
}
