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
}
