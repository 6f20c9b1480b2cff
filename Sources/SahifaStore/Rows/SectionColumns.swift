import SahifaCore

/// How a section is selected and read back, in both stores.
package enum SectionColumns {
    /// The columns `section(in:at:)` reads, in order, from table alias `table`.
    package static func list(_ table: String) -> String {
        ["id", "slug", "name", "position"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    package static let count: Int32 = 4

    /// A section read from `list(_:)` selected at position `offset` of a row.
    package static func section(in row: some StoreRow, at offset: Int32) throws -> Section {
        Section(
            id: try row.int64(offset),
            slug: try row.text(offset + 1),
            name: try row.text(offset + 2),
            position: try row.int(offset + 3)
        )
    }
}
