import ArabicText
import Foundation
import GRDB
import SahifaCore
import SahifaStore

extension SQLiteNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article {
        try draft.validate()
        return try await committing { db in
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
}
