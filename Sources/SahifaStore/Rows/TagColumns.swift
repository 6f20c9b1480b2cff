import SahifaCore

/// How a tag is selected and read back, in both stores.
package enum TagColumns {
    /// The columns `tag(in:at:)` reads, in order, from table alias `table`.
    package static func list(_ table: String) -> String {
        ["id", "slug", "name"].map { "\(table).\($0)" }.joined(separator: ", ")
    }

    package static let count: Int32 = 3

    /// A tag read from `list(_:)` selected at position `offset` of a row.
    package static func tag(in row: some StoreRow, at offset: Int32 = 0) throws -> Tag {
        Tag(id: try row.int64(offset), slug: try row.text(offset + 1), name: try row.text(offset + 2))
    }

    /// Every tag that published articles carry, by name. The tags in use are found in one pass
    /// over the published articles' tags: asked tag by tag (`EXISTS`), SQLite walked the
    /// published articles once for each tag, 47 s for 3,293 tags on 100,000 articles.
    package static let inUse = """
        SELECT \(list("t")) FROM tags t
        WHERE t.id IN (SELECT x.tag_id FROM article_tags x JOIN articles a ON a.id = x.article_id
                       WHERE a.status = 'published')
        ORDER BY t.name
        """

    /// The id of the tag named `?`.
    package static let idByName = "SELECT id FROM tags WHERE name = ?"

    /// The slugs a new tag's slug could clash with: `?` for the name's own slug, then that slug
    /// followed by "-" twice (every slug `Tag.freeSlug` tries begins with the name's own).
    package static let slugsLike = "SELECT slug FROM tags WHERE slug = ? OR substr(slug, 1, length(?)) = ?"

    /// Makes a tag; `?` for slug and name.
    package static let create = "INSERT INTO tags (slug, name) VALUES (?, ?)"
}
