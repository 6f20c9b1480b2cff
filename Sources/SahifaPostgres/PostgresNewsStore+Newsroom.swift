import Foundation
import SahifaCore
import SahifaStore

// The newsroom's lists read on the primary, so an editor sees what they have just saved.
extension PostgresNewsStore {
    public func newsroomChrome(at now: Date) async throws -> SiteChrome {
        try await readPrimary { db in try await Self.chrome(db, now: now) }
    }

    public func newsroomDashboard(for account: AccountID, at now: Date) async throws -> NewsroomDashboard {
        try await readPrimary { db in
            var lists: [[NewsroomDashboard.ArticleLine]] = []
            for query in NewsroomDashboard.queries(for: account) {
                lists.append(try await Self.articleLines(db, query.sql, query.arguments))
            }
            return NewsroomDashboard(lists: lists)
        }
    }

    public func newsroomArticles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<
        NewsroomDashboard.ArticleLine
    > {
        // ILIKE: SQLite's LIKE ignores the case of Latin letters, PostgreSQL's does not.
        let condition = ArticleLineColumns.condition(for: filter, like: "ILIKE")
        return try await readPrimary { db in
            let arguments: [any PostgresArgument] = condition.arguments
            let total =
                try await db.firstRow(ArticleLineColumns.count(where: condition.sql), arguments) { try $0.int(0) } ?? 0
            let lines = try await Self.articleLines(
                db, ArticleLineColumns.page(where: condition.sql), arguments + [page.size, page.offset])
            return Page(items: lines, of: page, totalCount: total)
        }
    }

    private static func articleLines(_ db: PostgresSession, _ sql: String, _ arguments: [any PostgresArgument] = [])
        async throws -> [NewsroomDashboard.ArticleLine]
    {
        try await db.rows(sql, arguments) { try ArticleLineColumns.line(in: $0) }
    }

    public func revisions(of id: ArticleID) async throws -> [ArticleRevision]? {
        try await readPrimary { db in
            let current = try await db.firstRow(RevisionColumns.currentQuery, [id.rawValue]) {
                try RevisionColumns.revision(in: $0, of: id)
            }
            guard let current else { return nil }
            let earlier = try await db.rows(RevisionColumns.earlierQuery, [id.rawValue]) {
                try RevisionColumns.revision(in: $0, of: id)
            }
            return [current] + earlier
        }
    }

    public func editorChoices() async throws -> EditorChoices {
        try await readPrimary { db in try await Self.editorChoices(db) }
    }

    public func editorPage(id: ArticleID?, at now: Date) async throws -> EditorPageContent? {
        try await readPrimary { db in
            var article: Article?
            var suggested: [Tag] = []
            var related: [ArticleTeaser] = []
            if let id {
                guard let found = try await Self.article(db, id: id, readingMarkdown: true) else { return nil }
                article = found
                let tags = EditorPageContent.suggestedTagCount
                suggested = try await Self.suggestedTags(id: id, limit: tags, in: db) ?? []
                let cards = EditorPageContent.cardChoiceCount
                related = try await Self.relatedNews(of: id, limit: cards, asCards: true, in: db)
            }
            let latest = try await Self.teasers(
                db, FeedContent.newestStories, [EditorPageContent.cardChoiceCount + 1])
            return EditorPageContent(
                chrome: try await Self.chrome(db, now: now), article: article,
                choices: try await Self.editorChoices(db),
                suggestedTags: suggested, related: related, latest: latest
            )
        }
    }

    private static func editorChoices(_ db: PostgresSession) async throws -> EditorChoices {
        let sections = try await db.rows(EditorChoices.sectionsQuery) { try SectionColumns.section(in: $0, at: 0) }
        let authors = try await db.rows(EditorChoices.authorsQuery) { try AuthorColumns.author(in: $0) }
        let pictures = try await db.rows(EditorChoices.picturesQuery) { try MediaColumns.asset(in: $0, at: 0) }
        return EditorChoices(sections: sections, authors: authors, pictures: pictures.compactMap { $0 })
    }

    public func auditLog(page: PageRequest) async throws -> Page<AuditEntry> {
        try await readPrimary { db in
            let total = try await db.firstRow(AuditColumns.countQuery) { try $0.int(0) } ?? 0
            let entries = try await db.rows(AuditColumns.pageQuery, [page.size, page.offset]) {
                try AuditColumns.entry(in: $0)
            }
            return Page(items: entries, of: page, totalCount: total)
        }
    }
}
