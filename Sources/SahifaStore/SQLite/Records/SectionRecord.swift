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

    init(row: Row, prefix: String) {
        id = row[prefix + "id"]
        slug = row[prefix + "slug"]
        name = row[prefix + "name"]
        position = row[prefix + "position"]
    }

    init(slug: String, name: String, position: Int) {
        self.slug = slug
        self.name = name
        self.position = position
    }

    var section: Section { Section(id: id ?? 0, slug: slug, name: name, position: position) }

    /// Columns to select, each renamed with `prefix`, for reading a section out of a join.
    static func columns(_ table: String, prefix: String) -> String {
        ["id", "slug", "name", "position"].map { "\(table).\($0) AS \(prefix)\($0)" }.joined(separator: ", ")
    }
}
