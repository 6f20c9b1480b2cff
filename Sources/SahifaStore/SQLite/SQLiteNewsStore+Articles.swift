import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article {
        try draft.validate()
        return try await pool.write { db in
            let resolved = try Self.resolve(draft, in: db)
            var record = ArticleRecord(Article(newDraft: draft, resolved: resolved, at: date))
            try record.insert(db)
            let id = ArticleID(record.id ?? db.lastInsertedRowID)
            if let account {
                try db.run("UPDATE articles SET created_by = ? WHERE id = ?", [account.rawValue, id.rawValue])
            }
            try AuditTrail.record(.articleCreated, article: id, detail: record.headline, by: account, at: date, in: db)
            try Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            guard let article = try Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            return article
        }
    }

    public func updateArticle(
        id: ArticleID, with draft: ArticleDraft, at date: Date, expectedRevision: Int?, by account: AccountID?
    ) async throws -> Article {
        try draft.validate()
        return try await write { db in
            guard let before = try Self.article(db, id: id, readingMarkdown: false) else {
                throw StoreError.articleNotFound(id)
            }
            if let expectedRevision, before.revision != expectedRevision {
                throw StoreError.revisionConflict(id, current: before.revision)
            }
            let resolved = try Self.resolve(draft, in: db, editing: id)
            try Self.archiveCurrentVersion(of: id, in: db)
            var saved = before
            saved.save(draft, resolved: resolved, at: date)
            try ArticleRecord(saved).update(db)
            try db.execute(sql: "DELETE FROM article_tags WHERE article_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM article_authors WHERE article_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM article_related WHERE article_id = ?", arguments: [id.rawValue])
            try Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            guard let article = try Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            try AuditTrail.record(.articleSaved, article: id, detail: article.headline, by: account, at: date, in: db)
            if article.status == .published {
                try SearchIndex.refresh(id, in: db)
                try RelatedNews.refreshAfterChange(id, in: db)
            }
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    public func publishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await write { db in
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            let before = article
            try article.publish(at: date)
            try db.execute(
                sql: "UPDATE articles SET status = ?, published_at = ?, updated_at = ? WHERE id = ?",
                arguments: [
                    article.status.rawValue, article.publishedAt?.timeIntervalSince1970,
                    article.updatedAt.timeIntervalSince1970, id.rawValue,
                ]
            )
            try SearchIndex.refresh(id, in: db)
            try RelatedNews.refreshAfterChange(id, in: db)
            try AuditTrail.record(
                .articlePublished, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    public func submitArticleForReview(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await pool.write { db in
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            try article.submitForReview()
            try db.run("UPDATE articles SET status = ? WHERE id = ?", [article.status.rawValue, id.rawValue])
            try AuditTrail.record(
                .articleSubmitted, article: id, detail: article.headline, by: account, at: date, in: db)
            return article
        }
    }

    public func scheduleArticle(id: ArticleID, for publishAt: Date, at date: Date, by account: AccountID?) async throws
        -> Article
    {
        try await pool.write { db in
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            try article.schedule(at: publishAt)
            try db.run(
                "UPDATE articles SET status = ?, published_at = ? WHERE id = ?",
                [article.status.rawValue, publishAt.timeIntervalSince1970, id.rawValue]
            )
            try AuditTrail.record(
                .articleScheduled, article: id, detail: article.headline, by: account, at: date, in: db)
            return article
        }
    }

    public func publishDueArticles(at now: Date) async throws -> [ArticleID] {
        let due = try readPage { db in
            try db.rows(
                "SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= ? ORDER BY published_at",
                arguments: [now.timeIntervalSince1970]
            ) { ArticleID($0.int64(0)) }
        }
        return try await publish(due: due, at: now)
    }

    public func unpublishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await write { db in
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            let before = article
            try article.unpublish()
            try db.execute(
                sql: "UPDATE articles SET status = ? WHERE id = ?",
                arguments: [article.status.rawValue, id.rawValue]
            )
            try SearchIndex.refresh(id, in: db)
            try RelatedNews.refreshAfterChange(id, in: db)
            try AuditTrail.record(
                .articleUnpublished, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    // MARK: Parts of an article write

    /// Looks up everything the draft names and renders its body.
    /// - Throws: `InvalidArticle` listing every unknown name.
    private static func resolve(_ draft: ArticleDraft, in db: Database, editing: ArticleID? = nil) throws
        -> ResolvedDraft
    {
        let names = try ResolvedDraft.Names(draft)
        var found = ResolvedDraft.Found()
        found.section = try SectionRecord.filter(Column("slug") == names.section).fetchOne(db)?.section
        for slug in names.authors {
            found.authors[slug] = try AuthorRecord.filter(Column("slug") == slug).fetchOne(db)?.author
        }
        for hash in names.pictures {
            found.pictures[hash] = try MediaRecord.fetchOne(db, key: hash)?.asset
        }
        for id in names.related where try ArticleRecord.exists(db, key: id.rawValue) {
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
