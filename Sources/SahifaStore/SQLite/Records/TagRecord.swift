import GRDB
import SahifaCore

/// A row of `tags`.
struct TagRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "tags"

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var id: Int64?
    var slug: String
    var name: String

    var tag: Tag { Tag(id: id ?? 0, slug: slug, name: name) }
}
