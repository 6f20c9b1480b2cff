import GRDB
import SahifaCore

/// Keeps the full-text index in step with what readers can see, inside the caller's write:
/// an article is in the index exactly while it is published.
enum SearchIndex {
    /// Drops the article's entry and, if it is published, indexes it afresh.
    static func refresh(_ id: ArticleID, in db: Database) throws {
        try remove(id, in: db)
        let source = try db.firstRow(
            """
            SELECT a.status, a.headline, COALESCE(a.kicker, ''), a.summary, b.plain_text,
                   (SELECT group_concat(t.name, '،') FROM article_tags x JOIN tags t ON t.id = x.tag_id
                    WHERE x.article_id = a.id)
            FROM articles a JOIN article_bodies b ON b.article_id = a.id
            WHERE a.id = ?
            """,
            arguments: [id.rawValue]
        ) { row in
            (
                status: row.text(0),
                analysed: AnalysedArticle(
                    headline: row.text(1),
                    kicker: row.text(2),
                    summary: row.text(3),
                    tagNames: row.optionalText(5).map { [$0] } ?? [],
                    bodyText: row.text(4)
                )
            )
        }
        guard let source, source.status == ArticleStatus.published.rawValue else { return }
        try add(id, source.analysed, in: db)
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
