import GRDB
import SahifaCore
import SahifaStore

/// Keeps the full-text index in step with what readers can see, inside the caller's write:
/// an article is in the index exactly while it is published.
enum SearchIndex {
    private static let sourceQuery = AnalysedArticle.sourceQuery(tagNames: "group_concat(t.name, '،')")

    /// Drops the article's entry and, if it is published, indexes it afresh.
    static func refresh(_ id: ArticleID, in db: Database) throws {
        try remove(id, in: db)
        let found = try db.firstRow(
            Self.sourceQuery,
            arguments: [id.rawValue]
        ) { try AnalysedArticle.published(from: $0) }
        guard let analysed = found ?? nil else { return }
        try add(id, analysed, in: db)
    }

    /// Indexes an article known to be published and not yet in the index.
    static func add(_ id: ArticleID, _ article: AnalysedArticle, in db: Database) throws {
        let arguments: StatementArguments = [
            id.rawValue, article.headline, article.kicker, article.summary, article.tags, article.body,
        ]
        try db.run(
            "INSERT INTO article_search_text (article_id, headline, kicker, summary, tags, body) VALUES (?, ?, ?, ?, ?, ?)",
            arguments
        )
        try db.run(
            "INSERT INTO article_search (rowid, headline, kicker, summary, tags, body) VALUES (?, ?, ?, ?, ?, ?)",
            arguments)
    }

    /// Takes the article out of the index. The index stores no text of its own, so it is told
    /// the very text it indexed, read from `article_search_text` before that row goes.
    static func remove(_ id: ArticleID, in db: Database) throws {
        try db.run(
            """
            INSERT INTO article_search (article_search, rowid, headline, kicker, summary, tags, body)
            SELECT 'delete', article_id, headline, kicker, summary, tags, body
            FROM article_search_text WHERE article_id = ?
            """,
            [id.rawValue]
        )
        try db.run("DELETE FROM article_search_text WHERE article_id = ?", [id.rawValue])
    }
}
