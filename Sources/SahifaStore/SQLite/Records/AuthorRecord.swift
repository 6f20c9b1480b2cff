import GRDB
import SahifaCore

/// A row of `authors`.
struct AuthorRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "authors"

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var id: Int64?
    var slug: String
    var name: String
    var bio: String

    var author: Author { Author(id: id ?? 0, slug: slug, name: name, bio: bio) }
}
