import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article {
        try draft.validate()
        return try await pool.write { db in
            let resolved = try Self.resolve(draft, in: db)
            let new = Article(newDraft: draft, resolved: resolved, at: date)
            let id = ArticleID(
                try db.insertedID(
                    ArticleStatements.insert, arguments: ArticleStatements.inserting(new, createdBy: account))
            )
            try AuditTrail.record(.articleCreated, article: id, detail: new.headline, by: account, at: date, in: db)
            try Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            return try Self.savedArticle(id, in: db)
        }
    }

    public func updateArticle(
        id: ArticleID, with draft: ArticleDraft, at date: Date, expectedRevision: Int?, by account: AccountID?
    ) async throws -> Article {
        try draft.validate()
        return try await write { db in
            let before = try Self.savedArticle(id, in: db)
            try before.check(expectedRevision: expectedRevision)
            let resolved = try Self.resolve(draft, in: db, editing: id)
            for step in ArticleEdit(of: before, with: draft, resolved: resolved, at: date).statements {
                try db.run(step.sql, arguments: step.arguments)
            }
            try Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            let article = try Self.savedArticle(id, in: db)
            try AuditTrail.record(.articleSaved, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, try Self.follow(ArticleWriteEffects(before: before, after: article), in: db))
        }
    }

    public func moveArticle(id: ArticleID, _ move: ArticleMove, at date: Date, by account: AccountID?) async throws
        -> Article
    {
        try await write { db in
            let before = try Self.savedArticle(id, in: db)
            let article = try move.applied(to: before, at: date)
            try db.run(ArticleStatements.saveWorkflowState, arguments: ArticleStatements.workflowState(of: article))
            try AuditTrail.record(
                move.auditAction, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, try Self.follow(ArticleWriteEffects(before: before, after: article), in: db))
        }
    }

    public func publishDueArticles(at now: Date) async throws -> [ArticleID] {
        let due = try readPage { db in
            try db.rows(ArticleStatements.dueForPublishing, arguments: [now.timeIntervalSince1970]) {
                ArticleID($0.int64(0))
            }
        }
        return try await publish(due: due, at: now)
    }

    // MARK: Parts of an article write

    /// Looks up everything the draft names and renders its body.
    /// - Throws: `InvalidArticle` listing every unknown name.
    private static func resolve(_ draft: ArticleDraft, in db: Database, editing: ArticleID? = nil) throws
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
        for hash in names.pictures {
            found.pictures[hash] =
                try db.firstRow(SiteStatements.picture, arguments: [hash]) {
                    try MediaColumns.asset(in: $0, at: 0)
                } ?? nil
        }
        for id in names.related
        where try db.firstRow(ArticleStatements.exists, arguments: [id.rawValue], { _ in true }) != nil {
            found.articles.insert(id)
        }
        return try ResolvedDraft(draft, names: names, found: found, editing: editing)
    }

    /// Writes what hangs off the article row: body, tags (made on first use), bylines, related cards.
    private static func saveParts(of id: ArticleID, resolved: ResolvedDraft, tagNames: [String], in db: Database)
        throws
    {
        try db.run(
            ArticleStatements.saveBody,
            [id.rawValue, resolved.body.html.html, resolved.body.markdown, resolved.plainText]
        )
        var seenTags = Set<Int64>()
        for name in tagNames.map(\.trimmedForNews) where !name.isEmpty {
            let tag = try findOrCreateTag(named: name, in: db)
            guard let tagID = tag.id, seenTags.insert(tagID).inserted else { continue }
            try db.run(ArticleStatements.addTag, [id.rawValue, tagID, seenTags.count])
        }
        for (position, author) in resolved.authors.enumerated() {
            try db.run(ArticleStatements.addAuthor, [id.rawValue, author.id, position])
        }
        for (position, related) in resolved.body.relatedArticleIDs.enumerated() {
            try db.run(ArticleStatements.addRelated, [id.rawValue, position, related.rawValue])
        }
    }

    /// The article as saved, with its Markdown.
    /// - Throws: `StoreError.articleNotFound`.
    private static func savedArticle(_ id: ArticleID, in db: Database) throws -> Article {
        guard let article = try article(db, id: id, readingMarkdown: true) else { throw StoreError.articleNotFound(id) }
        return article
    }

    /// Does in the write's transaction what it set off, and answers what readers' pages it made stale.
    private static func follow(_ effects: ArticleWriteEffects, in db: Database) throws -> NewsChange? {
        if effects.reindexes {
            try SearchIndex.refresh(effects.after.id, in: db)
            try RelatedNews.refreshAfterChange(effects.after.id, in: db)
        }
        return effects.change
    }

    /// Keeps the article's text as it is now, before a save replaces it.
    static func archiveCurrentVersion(of id: ArticleID, in db: Database) throws {
        try db.run(ArticleStatements.archiveCurrentVersion, [id.rawValue])
    }

    /// The tag with this name, made on first use.
    private static func findOrCreateTag(named name: String, in db: Database) throws -> TagRecord {
        if let existing = try TagRecord.filter(Column("name") == name).fetchOne(db) { return existing }
        let slug = try Tag.freeSlug(for: name) { try TagRecord.filter(Column("slug") == $0).fetchCount(db) > 0 }
        return try TagRecord(id: nil, slug: slug, name: name).inserted(db)
    }
}
