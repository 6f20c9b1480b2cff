import Foundation
import SahifaCore
import SahifaStore

// The newsroom's lists, each one read of a reader connection.
extension SQLiteNewsStore {
    /// SQLite has one file: the newsroom reads the same chrome as readers, current as of the
    /// last commit.
    public func newsroomChrome(at now: Date) async throws -> SiteChrome {
        try await siteChrome(at: now)
    }

    public func newsroomDashboard(for account: AccountID, at now: Date) async throws -> NewsroomDashboard {
        try readPage { db in
            NewsroomDashboard(
                lists: try NewsroomDashboard.queries(for: account).map {
                    try Self.articleLines(db, $0.sql, $0.arguments)
                }
            )
        }
    }

    public func newsroomArticles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<
        NewsroomDashboard.ArticleLine
    > {
        let condition = ArticleLineColumns.condition(for: filter, like: "LIKE")
        let arguments: [any SQLiteArgument] = condition.arguments
        return try readPage { db in
            let total =
                try db.firstRow(ArticleLineColumns.count(where: condition.sql), arguments: arguments) { $0.int(0) } ?? 0
            let lines = try Self.articleLines(
                db, ArticleLineColumns.page(where: condition.sql), arguments + [page.size, page.offset])
            return Page(items: lines, of: page, totalCount: total)
        }
    }

    private static func articleLines(_ db: ReaderConnection, _ sql: String, _ arguments: [any SQLiteArgument] = [])
        throws -> [NewsroomDashboard.ArticleLine]
    {
        try db.rows(sql, arguments: arguments) { try ArticleLineColumns.line(in: $0) }
    }

    public func revisions(of id: ArticleID) async throws -> [ArticleRevision]? {
        try readPage { db in
            let current = try db.firstRow(RevisionColumns.currentQuery, arguments: [id.rawValue]) {
                try RevisionColumns.revision(in: $0, of: id)
            }
            guard let current else { return nil }
            let earlier = try db.rows(RevisionColumns.earlierQuery, arguments: [id.rawValue]) {
                try RevisionColumns.revision(in: $0, of: id)
            }
            return [current] + earlier
        }
    }

    public func editorChoices() async throws -> EditorChoices {
        try readPage { db in try Self.editorChoices(db) }
    }

    public func editorPage(id: ArticleID?, at now: Date) async throws -> EditorPageContent? {
        try readPage { db in
            let article = try id.flatMap { try Self.article(db, id: $0, readingMarkdown: true) }
            if id != nil, article == nil { return nil }
            let count = EditorPageContent.cardChoiceCount
            return EditorPageContent(
                chrome: try chrome(db, now: now),
                article: article,
                choices: try Self.editorChoices(db),
                suggestedTags: try id.flatMap {
                    try Self.suggestedTags(id: $0, limit: EditorPageContent.suggestedTagCount, in: db)
                } ?? [],
                related: try id.map { try Self.relatedNews(of: $0, limit: count, asCards: true, in: db) } ?? [],
                latest: try Self.teasers(db, FeedContent.newestStories, arguments: [count + 1])
            )
        }
    }

    private static func editorChoices(_ db: ReaderConnection) throws -> EditorChoices {
        EditorChoices(
            sections: try db.rows(EditorChoices.sectionsQuery) { try SectionColumns.section(in: $0, at: 0) },
            authors: try db.rows(EditorChoices.authorsQuery) { try AuthorColumns.author(in: $0) },
            pictures: try db.rows(EditorChoices.picturesQuery) { try MediaColumns.asset(in: $0, at: 0) }
                .compactMap { $0 }
        )
    }

    public func auditLog(page: PageRequest) async throws -> Page<AuditEntry> {
        try readPage { db in
            let total = try db.firstRow(AuditColumns.countQuery) { $0.int(0) } ?? 0
            let entries = try db.rows(AuditColumns.pageQuery, arguments: [page.size, page.offset]) {
                try AuditColumns.entry(in: $0)
            }
            return Page(items: entries, of: page, totalCount: total)
        }
    }
}
