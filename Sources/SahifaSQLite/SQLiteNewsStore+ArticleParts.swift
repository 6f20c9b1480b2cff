import ArabicText
import GRDB
import SahifaCore
import SahifaStore

/// The parts of an article write on SQLite, inside the caller's transaction.
extension SQLiteNewsStore {
    /// Looks up everything the draft names and renders its body.
    /// - Throws: `InvalidArticle` listing every unknown name.
    static func resolve(_ draft: ArticleDraft, in db: Database, editing: ArticleID? = nil) throws
        -> ResolvedDraft
    {
        let names = try ResolvedDraft.Names(draft)
        var found = ResolvedDraft.Found()
        found.section = try db.firstRow(Section.storyList.bySlug, arguments: [names.section]) {
            try Section.storyList.read($0)
        }
        for slug in names.authors {
            found.authors[slug] = try db.firstRow(Author.storyList.bySlug, arguments: [slug]) {
                try Author.storyList.read($0)
            }
        }
        found.pictures = try pictures(names.pictures, in: db)
        for id in names.related
        where try db.firstRow(ArticleStatements.exists, arguments: [id.rawValue], { _ in true }) != nil {
            found.articles.insert(id)
        }
        return try ResolvedDraft(draft, names: names, found: found, editing: editing)
    }

    /// Writes what hangs off the article row: body, tags (made on first use), bylines, related cards.
    static func saveParts(of id: ArticleID, resolved: ResolvedDraft, tagNames: [String], in db: Database) throws {
        let tagIDs = try ArticleStatements.tagNames(tagNames).map { try findOrCreateTag(named: $0, in: db) }
        for step in ArticleStatements.parts(of: id, resolved: resolved, tagIDs: tagIDs) {
            try db.run(step.sql, arguments: step.arguments)
        }
    }

    /// Keeps the article's text as it is now, before a save replaces it.
    static func archiveCurrentVersion(of id: ArticleID, in db: Database) throws {
        try db.run(ArticleStatements.archiveCurrentVersion, [id.rawValue])
    }

    /// The id of the tag with this name, made on first use.
    static func findOrCreateTag(named name: String, in db: Database) throws -> Int64 {
        if let existing = try db.firstRow(TagColumns.idByName, arguments: [name], { $0.int64(0) }) { return existing }
        let base = Slug.make(from: name)
        let taken = Set(try db.rows(TagColumns.slugsLike, arguments: [base, base + "-", base + "-"]) { $0.text(0) })
        return try db.insertedID(TagColumns.create, arguments: [Tag.freeSlug(for: name) { taken.contains($0) }, name])
    }
}
