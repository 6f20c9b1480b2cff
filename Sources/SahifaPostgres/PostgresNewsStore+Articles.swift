import Foundation
import SahifaCore
import SahifaStore

extension PostgresNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article {
        try draft.validate()
        return try await write { db in
            let resolved = try await Self.resolve(draft, in: db)
            let new = Article(newDraft: draft, resolved: resolved, at: date)
            let id = ArticleID(
                try await db.insertedID(ArticleStatements.insert, ArticleStatements.inserting(new, createdBy: account))
            )
            try await PostgresAuditTrail.record(
                .articleCreated, article: id, detail: new.headline, by: account, at: date, in: db)
            try await Self.saveParts(of: id, resolved: resolved, tagNames: draft.tagNames, in: db)
            return try await Self.savedArticle(id, in: db)
        }
    }

    public func updateArticle(
        id: ArticleID, with draft: ArticleDraft, at date: Date, expectedRevision: Int?, by account: AccountID?
    ) async throws -> Article {
        try draft.validate()
        return try await write { db in
            let before = try await Self.savedArticle(id, in: db)
            try before.check(expectedRevision: expectedRevision)
            let edit = ArticleEdit(
                of: before, with: draft, resolved: try await Self.resolve(draft, in: db, editing: id), at: date
            )
            for (sql, arguments) in edit.statements {
                try await db.run(sql, arguments)
            }
            try await Self.saveParts(of: id, resolved: edit.resolved, tagNames: draft.tagNames, in: db)
            let article = try await Self.savedArticle(id, in: db)
            try await PostgresAuditTrail.record(
                .articleSaved, article: id, detail: article.headline, by: account, at: date, in: db)
            let effects = ArticleWriteEffects(before: before, after: article)
            return (article, try await Self.follow(effects, in: db))
        }
    }

    public func moveArticle(id: ArticleID, _ move: ArticleMove, at date: Date, by account: AccountID?) async throws
        -> Article
    {
        try await write { db in
            let before = try await Self.savedArticle(id, in: db)
            let article = try move.applied(to: before, at: date)
            try await db.run(ArticleStatements.saveWorkflowState, ArticleStatements.workflowState(of: article))
            try await PostgresAuditTrail.record(
                move.auditAction, article: id, detail: article.headline, by: account, at: date, in: db)
            let effects = ArticleWriteEffects(before: before, after: article)
            return (article, try await Self.follow(effects, in: db))
        }
    }

    /// Every instance runs this each second; the one that holds the scheduler's advisory lock
    /// does the work and the others return at once, so a story goes out once, from one place.
    /// The lock is the transaction's, held open on one connection while the stories are
    /// published through the others, so it holds behind a pooler in transaction mode too.
    public func publishDueArticles(at now: Date) async throws -> [ArticleID] {
        try await withConnection(on: clients.primary) { connection in
            let db = PostgresSession(connection: connection, logger: logger)
            try await db.run("BEGIN")
            do {
                let holds = try await db.firstRow("SELECT pg_try_advisory_xact_lock(?)", [Self.schedulerLock]) {
                    try $0.bool(0)
                }
                var published: [ArticleID] = []
                if holds == true {
                    let due = try await db.rows(ArticleStatements.dueForPublishing, [now.timeIntervalSince1970]) {
                        ArticleID(try $0.int64(0))
                    }
                    published = try await publish(due: due, at: now)
                }
                try await db.run("COMMIT")
                return published
            } catch {
                try? await db.run("ROLLBACK")
                throw error
            }
        }
    }

    /// The article as saved, with its Markdown.
    /// - Throws: `StoreError.articleNotFound`.
    private static func savedArticle(_ id: ArticleID, in db: PostgresSession) async throws -> Article {
        guard let article = try await article(db, id: id, readingMarkdown: true) else {
            throw StoreError.articleNotFound(id)
        }
        return article
    }

    /// Does in the write's transaction what it set off, and answers what readers' pages it made stale.
    private static func follow(_ effects: ArticleWriteEffects, in db: PostgresSession) async throws -> NewsChange? {
        if effects.reindexes {
            try await PostgresSearchIndex.refresh(effects.after.id, in: db)
            try await PostgresRelatedNews.refreshAfterChange(effects.after.id, in: db)
        }
        return effects.change
    }
}
