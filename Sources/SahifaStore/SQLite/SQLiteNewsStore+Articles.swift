import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article {
        try draft.validate()
        return try await pool.write { db in
            let resolved = try Self.resolve(draft, in: db)
            var record = ArticleRecord(
                Article(
                    id: ArticleID(0),
                    slug: draft.effectiveSlug,
                    kicker: draft.kicker.trimmedForNews.nilIfEmpty,
                    headline: draft.headline.trimmedForNews,
                    summary: draft.summary.trimmedForNews,
                    body: resolved.body,
                    heroImage: resolved.hero,
                    section: resolved.section,
                    tags: [],
                    authors: resolved.authors,
                    status: .draft,
                    isFeatured: draft.isFeatured,
                    seo: Self.cleaned(draft.seo),
                    createdAt: date,
                    publishedAt: nil,
                    updatedAt: date,
                    revision: 1,
                    embargoUntil: draft.embargoUntil
                )
            )
            try record.insert(db)
            let id = ArticleID(record.id ?? db.lastInsertedRowID)
            if let account {
                try db.run("UPDATE articles SET created_by = ? WHERE id = ?", [account.rawValue, id.rawValue])
            }
            try AuditTrail.record(.articleCreated, article: id, detail: record.headline, by: account, at: date, in: db)
            try Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            guard let article = try Self.article(db, id: id, readingMarkdown: true) else { throw StoreError.articleNotFound(id) }
            return article
        }
    }

    public func updateArticle(
        id: ArticleID, with draft: ArticleDraft, at date: Date, expectedRevision: Int?, by account: AccountID?
    ) async throws -> Article {
        try draft.validate()
        return try await write { db in
            guard var record = try ArticleRecord.fetchOne(db, key: id.rawValue) else {
                throw StoreError.articleNotFound(id)
            }
            if let expectedRevision, record.revision != expectedRevision {
                throw StoreError.revisionConflict(id, current: record.revision)
            }
            let before = try Self.article(db, id: id, readingMarkdown: false)
            let resolved = try Self.resolve(draft, in: db, editing: id)
            try Self.archiveCurrentVersion(of: id, in: db)
            record.slug = draft.effectiveSlug
            record.kicker = draft.kicker.trimmedForNews.nilIfEmpty
            record.headline = draft.headline.trimmedForNews
            record.summary = draft.summary.trimmedForNews
            record.heroHash = resolved.hero?.hash
            record.sectionID = resolved.section.id
            record.isFeatured = draft.isFeatured
            let seo = Self.cleaned(draft.seo)
            record.seoTitle = seo.title
            record.seoDescription = seo.description
            record.updatedAt = date.timeIntervalSince1970
            record.revision += 1
            record.embargoUntil = draft.embargoUntil?.timeIntervalSince1970
            // A new or changed note is dated now; the same note keeps its time; none clears it.
            let note = draft.correctionNote.trimmedForNews
            if note.isEmpty {
                record.correctionNote = nil
                record.correctedAt = nil
            } else if note != record.correctionNote {
                record.correctionNote = note
                record.correctedAt = date.timeIntervalSince1970
            }
            try record.update(db)
            try db.execute(sql: "DELETE FROM article_tags WHERE article_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM article_authors WHERE article_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM article_related WHERE article_id = ?", arguments: [id.rawValue])
            try Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            guard let article = try Self.article(db, id: id, readingMarkdown: true) else { throw StoreError.articleNotFound(id) }
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
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else { throw StoreError.articleNotFound(id) }
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
            try AuditTrail.record(.articlePublished, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    public func submitArticleForReview(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await pool.write { db in
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else { throw StoreError.articleNotFound(id) }
            try article.submitForReview()
            try db.run("UPDATE articles SET status = ? WHERE id = ?", [article.status.rawValue, id.rawValue])
            try AuditTrail.record(.articleSubmitted, article: id, detail: article.headline, by: account, at: date, in: db)
            return article
        }
    }

    public func scheduleArticle(id: ArticleID, for publishAt: Date, at date: Date, by account: AccountID?) async throws -> Article {
        try await pool.write { db in
            guard var article = try Self.article(db, id: id, readingMarkdown: true) else { throw StoreError.articleNotFound(id) }
            try article.schedule(at: publishAt)
            try db.run(
                "UPDATE articles SET status = ?, published_at = ? WHERE id = ?",
                [article.status.rawValue, publishAt.timeIntervalSince1970, id.rawValue]
            )
            try AuditTrail.record(.articleScheduled, article: id, detail: article.headline, by: account, at: date, in: db)
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
        var published: [ArticleID] = []
        for id in due {
            do {
                _ = try await publishArticle(id: id, at: now, by: nil)
                published.append(id)
            } catch is WorkflowError {
                // Published or moved by an editor since the list was read: nothing to do.
            }
        }
        return published
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
            try AuditTrail.record(.articleUnpublished, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    // MARK: Parts of an article write

    /// The names a draft refers to, looked up in the same transaction as the write.
    private struct ResolvedDraft {
        var section: Section
        var authors: [Author]
        var hero: MediaAsset?
        var body: ArticleBody
        var plainText: String
    }

    /// Looks up everything the draft names and renders its body.
    /// - Throws: `InvalidArticle` listing every unknown name.
    private static func resolve(_ draft: ArticleDraft, in db: Database, editing: ArticleID? = nil) throws
        -> ResolvedDraft
    {
        var problems: [ArticleValidationError] = []
        let sectionSlug = draft.sectionSlug.trimmedForNews
        let section = try SectionRecord.filter(Column("slug") == sectionSlug).fetchOne(db)?.section
        if section == nil { problems.append(.unknownSection(sectionSlug)) }
        var authors: [Author] = []
        for slug in draft.authorSlugs.map(\.trimmedForNews) where !slug.isEmpty {
            if let author = try AuthorRecord.filter(Column("slug") == slug).fetchOne(db)?.author {
                if !authors.contains(author) { authors.append(author) }
            } else {
                problems.append(.unknownAuthor(slug))
            }
        }
        var hero: MediaAsset?
        if let hash = draft.heroImageHash?.trimmedForNews, !hash.isEmpty {
            hero = try MediaRecord.fetchOne(db, key: hash)?.asset
            if hero == nil { problems.append(.unknownHeroImage(hash)) }
        }
        let references = try BodyRenderer.references(in: draft.bodyMarkdown)
        var media: [String: MediaAsset] = [:]
        for hash in references.imageHashes {
            if let asset = try MediaRecord.fetchOne(db, key: hash)?.asset {
                media[hash] = asset
            } else {
                problems.append(.unknownImage(hash))
            }
        }
        for id in references.relatedArticleIDs {
            let exists = try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                arguments: [id.rawValue]
            ) ?? false
            if !exists || id == editing { problems.append(.unknownRelatedArticle(id)) }
        }
        guard problems.isEmpty, let section else { throw InvalidArticle(problems: problems) }
        let body = try BodyRenderer(media: media).render(draft.bodyMarkdown)
        let plainText = try BodyRenderer.plainText(of: draft.bodyMarkdown)
        return ResolvedDraft(section: section, authors: authors, hero: hero, body: body, plainText: plainText)
    }

    /// Writes what hangs off the article row: body, tags (made on first use), bylines, related cards.
    private static func saveParts(of id: ArticleID, resolved: ResolvedDraft, tagNames: [String], in db: Database)
        throws
    {
        try db.execute(
            sql: """
                INSERT INTO article_bodies (article_id, html, markdown, plain_text) VALUES (?, ?, ?, ?)
                ON CONFLICT (article_id) DO UPDATE SET
                    html = excluded.html, markdown = excluded.markdown, plain_text = excluded.plain_text
                """,
            arguments: [id.rawValue, resolved.body.html.html, resolved.body.markdown, resolved.plainText]
        )
        var seenTags = Set<Int64>()
        for name in tagNames.map(\.trimmedForNews) where !name.isEmpty {
            let tag = try findOrCreateTag(named: name, in: db)
            guard let tagID = tag.id, seenTags.insert(tagID).inserted else { continue }
            try db.execute(
                sql: "INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)",
                arguments: [id.rawValue, tagID, seenTags.count]
            )
        }
        for (position, author) in resolved.authors.enumerated() {
            try db.execute(
                sql: "INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)",
                arguments: [id.rawValue, author.id, position]
            )
        }
        for (position, related) in resolved.body.relatedArticleIDs.enumerated() {
            try db.execute(
                sql: "INSERT INTO article_related (article_id, position, related_id) VALUES (?, ?, ?)",
                arguments: [id.rawValue, position, related.rawValue]
            )
        }
    }

    /// Keeps the article's text as it is now in `article_revisions`, before a save replaces it:
    /// the table holds every earlier version, and the article row the current one.
    static func archiveCurrentVersion(of id: ArticleID, in db: Database) throws {
        try db.run(
            """
            INSERT INTO article_revisions (article_id, revision, saved_at, slug, kicker, headline, summary, body_markdown)
            SELECT a.id, a.revision, a.updated_at, a.slug, a.kicker, a.headline, a.summary, b.markdown
            FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
            """,
            [id.rawValue]
        )
    }

    /// The tag with this name, made on first use. Two names that slug alike (differing only
    /// in harakat, say) get distinct slugs, so each keeps its own page.
    private static func findOrCreateTag(named name: String, in db: Database) throws -> TagRecord {
        if let existing = try TagRecord.filter(Column("name") == name).fetchOne(db) { return existing }
        let base = Slug.make(from: name)
        var slug = base
        var suffix = 2
        while try TagRecord.filter(Column("slug") == slug).fetchCount(db) > 0 {
            slug = "\(base)-\(suffix)"
            suffix += 1
        }
        return try TagRecord(id: nil, slug: slug, name: name).inserted(db)
    }

    private static func cleaned(_ seo: SEOFields) -> SEOFields {
        SEOFields(title: seo.title?.trimmedForNews.nilIfEmpty, description: seo.description?.trimmedForNews.nilIfEmpty)
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
