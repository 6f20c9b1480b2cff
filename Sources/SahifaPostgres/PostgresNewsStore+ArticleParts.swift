import ArabicText
import SahifaCore
import SahifaStore

/// The parts of an article write on PostgreSQL, inside the caller's transaction (see
/// `SQLiteNewsStore`'s counterparts).
extension PostgresNewsStore {
    /// Looks up everything the draft names and renders its body.
    /// - Throws: `InvalidArticle` listing every unknown name.
    static func resolve(_ draft: ArticleDraft, in db: PostgresSession, editing: ArticleID? = nil) async throws
        -> ResolvedDraft
    {
        let names = try ResolvedDraft.Names(draft)
        var found = ResolvedDraft.Found()
        found.section = try await db.firstRow(
            "SELECT \(SectionColumns.list("s")) FROM sections s WHERE s.slug = ?", [names.section]
        ) { try SectionColumns.section(in: $0, at: 0) }
        let authors = try await db.rows(
            "SELECT \(AuthorColumns.list("p")) FROM authors p WHERE p.slug = ANY(?)", [names.authors]
        ) { try AuthorColumns.author(in: $0) }
        for author in authors { found.authors[author.slug] = author }
        found.pictures = try await pictures(names.pictures, in: db)
        // Ids go as text: an array argument binds only strings.
        found.articles = Set(
            try await db.rows(
                "SELECT id FROM articles WHERE id = ANY(?::bigint[])", [names.related.map { String($0.rawValue) }]
            ) { ArticleID(try $0.int64(0)) }
        )
        return try ResolvedDraft(draft, names: names, found: found, editing: editing)
    }

    /// Writes what hangs off the article row: body, tags (made on first use), bylines, related cards.
    static func saveParts(of id: ArticleID, resolved: ResolvedDraft, tagNames: [String], in db: PostgresSession)
        async throws
    {
        var tagIDs: [Int64] = []
        for name in ArticleStatements.tagNames(tagNames) {
            tagIDs.append(try await findOrCreateTag(named: name, in: db))
        }
        for (sql, arguments) in ArticleStatements.parts(of: id, resolved: resolved, tagIDs: tagIDs) {
            try await db.run(sql, arguments)
        }
    }

    /// Keeps the article's text as it is now, before a save replaces it.
    static func archiveCurrentVersion(of id: ArticleID, in db: PostgresSession) async throws {
        try await db.run(ArticleStatements.archiveCurrentVersion, [id.rawValue])
    }

    /// The id of the tag with this name, made on first use.
    static func findOrCreateTag(named name: String, in db: PostgresSession) async throws -> Int64 {
        if let existing = try await db.firstRow(TagColumns.idByName, [name], { try $0.int64(0) }) {
            return existing
        }
        let base = Slug.make(from: name)
        let taken = Set(try await db.rows(TagColumns.slugsLike, [base, base + "-", base + "-"]) { try $0.text(0) })
        let slug = Tag.freeSlug(for: name) { taken.contains($0) }
        return try await db.insertedID(TagColumns.create, [slug, name])
    }
}
