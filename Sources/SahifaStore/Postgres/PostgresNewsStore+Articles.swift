import Foundation
import SahifaCore

extension PostgresNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article {
        try draft.validate()
        return try await write { db in
            let resolved = try await Self.resolve(draft, in: db)
            let new = Article(newDraft: draft, resolved: resolved, at: date)
            let id = ArticleID(
                try await db.insertedID(
                    """
                    INSERT INTO articles (slug, kicker, headline, summary, hero_hash, section_id, status, is_featured,
                        seo_title, seo_description, created_at, published_at, updated_at, revision, created_by, embargo_until)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """,
                    [
                        new.slug, new.kicker, new.headline, new.summary, new.heroImage?.hash, new.section.id,
                        new.status.rawValue, new.isFeatured, new.seo.title, new.seo.description,
                        new.createdAt.timeIntervalSince1970, new.publishedAt?.timeIntervalSince1970,
                        new.updatedAt.timeIntervalSince1970, new.revision, account?.rawValue,
                        new.embargoUntil?.timeIntervalSince1970,
                    ]
                ))
            try await PostgresAuditTrail.record(
                .articleCreated, article: id, detail: new.headline, by: account, at: date, in: db)
            try await Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            guard let article = try await Self.article(db, id: id, readingMarkdown: true) else {
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
            guard let before = try await Self.article(db, id: id, readingMarkdown: false) else {
                throw StoreError.articleNotFound(id)
            }
            if let expectedRevision, before.revision != expectedRevision {
                throw StoreError.revisionConflict(id, current: before.revision)
            }
            let resolved = try await Self.resolve(draft, in: db, editing: id)
            try await Self.archiveCurrentVersion(of: id, in: db)
            var saved = before
            saved.save(draft, resolved: resolved, at: date)
            try await db.run(
                """
                UPDATE articles SET slug = ?, kicker = ?, headline = ?, summary = ?, hero_hash = ?, section_id = ?,
                    is_featured = ?, seo_title = ?, seo_description = ?, updated_at = ?, revision = ?,
                    embargo_until = ?, correction_note = ?, corrected_at = ?
                WHERE id = ?
                """,
                [
                    saved.slug, saved.kicker, saved.headline, saved.summary, saved.heroImage?.hash, saved.section.id,
                    saved.isFeatured, saved.seo.title, saved.seo.description, saved.updatedAt.timeIntervalSince1970,
                    saved.revision, saved.embargoUntil?.timeIntervalSince1970, saved.correction?.note,
                    saved.correction?.at.timeIntervalSince1970, id.rawValue,
                ]
            )
            for table in ["article_tags", "article_authors", "article_related"] {
                try await db.run("DELETE FROM \(table) WHERE article_id = ?", [id.rawValue])
            }
            try await Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            guard let article = try await Self.article(db, id: id, readingMarkdown: true) else {
                throw StoreError.articleNotFound(id)
            }
            try await PostgresAuditTrail.record(
                .articleSaved, article: id, detail: article.headline, by: account, at: date, in: db)
            if article.status == .published {
                try await PostgresSearchIndex.refresh(id, in: db)
                try await PostgresRelatedNews.refreshAfterChange(id, in: db)
            }
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    public func publishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await write { db in
            let before = try await Self.existingArticle(id, in: db)
            var article = before
            try article.publish(at: date)
            try await db.run(
                "UPDATE articles SET status = ?, published_at = ?, updated_at = ? WHERE id = ?",
                [
                    article.status.rawValue, article.publishedAt?.timeIntervalSince1970,
                    article.updatedAt.timeIntervalSince1970, id.rawValue,
                ]
            )
            try await PostgresSearchIndex.refresh(id, in: db)
            try await PostgresRelatedNews.refreshAfterChange(id, in: db)
            try await PostgresAuditTrail.record(
                .articlePublished, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    public func submitArticleForReview(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await write { db in
            var article = try await Self.existingArticle(id, in: db)
            try article.submitForReview()
            try await db.run("UPDATE articles SET status = ? WHERE id = ?", [article.status.rawValue, id.rawValue])
            try await PostgresAuditTrail.record(
                .articleSubmitted, article: id, detail: article.headline, by: account, at: date, in: db)
            return article
        }
    }

    public func scheduleArticle(id: ArticleID, for publishAt: Date, at date: Date, by account: AccountID?) async throws
        -> Article
    {
        try await write { db in
            var article = try await Self.existingArticle(id, in: db)
            try article.schedule(at: publishAt)
            try await db.run(
                "UPDATE articles SET status = ?, published_at = ? WHERE id = ?",
                [article.status.rawValue, publishAt.timeIntervalSince1970, id.rawValue]
            )
            try await PostgresAuditTrail.record(
                .articleScheduled, article: id, detail: article.headline, by: account, at: date, in: db)
            return article
        }
    }

    /// Every instance runs this each second; the one that holds the scheduler's advisory lock
    /// does the work and the others return at once, so a story goes out once, from one place.
    public func publishDueArticles(at now: Date) async throws -> [ArticleID] {
        try await withConnection(on: clients.primary) { connection in
            let db = PostgresSession(connection: connection, logger: logger)
            let holds = try await db.firstRow("SELECT pg_try_advisory_lock(?)", [Self.schedulerLock]) { try $0.bool(0) }
            guard holds == true else { return [] }
            do {
                let due = try await db.rows(
                    "SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= ? ORDER BY published_at",
                    [now.timeIntervalSince1970]
                ) { ArticleID(try $0.int64(0)) }
                let published = try await publish(due: due, at: now)
                try await db.run("SELECT pg_advisory_unlock(?)", [Self.schedulerLock])
                return published
            } catch {
                try? await db.run("SELECT pg_advisory_unlock(?)", [Self.schedulerLock])
                throw error
            }
        }
    }

    public func unpublishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await write { db in
            let before = try await Self.existingArticle(id, in: db)
            var article = before
            try article.unpublish()
            try await db.run("UPDATE articles SET status = ? WHERE id = ?", [article.status.rawValue, id.rawValue])
            try await PostgresSearchIndex.refresh(id, in: db)
            try await PostgresRelatedNews.refreshAfterChange(id, in: db)
            try await PostgresAuditTrail.record(
                .articleUnpublished, article: id, detail: article.headline, by: account, at: date, in: db)
            return (article, NewsChange.article(from: before, to: article))
        }
    }

    /// The article with its Markdown, for a workflow step to change.
    private static func existingArticle(_ id: ArticleID, in db: PostgresSession) async throws -> Article {
        guard let article = try await article(db, id: id, readingMarkdown: true) else {
            throw StoreError.articleNotFound(id)
        }
        return article
    }
}
