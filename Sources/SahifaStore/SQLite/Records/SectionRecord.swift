import GRDB
import SahifaCore

/// A row of `sections`.
struct SectionRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "sections"

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var id: Int64?
    var slug: String
    var name: String
    var position: Int

    init(slug: String, name: String, position: Int) {
        self.slug = slug
        self.name = name
        self.position = position
    }

    var section: Section { Section(id: id ?? 0, slug: slug, name: name, position: position) }

    /// The columns `section(in:at:)` reads, in order, from table alias `table`.
    static func columns(_ table: String) -> String {
        ["id", "slug", "name", "position"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    static let columnCount: Int32 = 4

    /// A section read from `columns(_:)` selected at position `offset` of a row.
    static func section(in row: SQLiteRow, at offset: Int32) -> Section {
        Section(
            id: row.int64(offset),
            slug: row.text(offset + 1),
            name: row.text(offset + 2),
            position: row.int(offset + 3)
        )
    }
}
