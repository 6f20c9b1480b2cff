import Foundation
import GRDB
import SahifaCore

/// Related news on SQLite (see `RelatedNewsScoring`): lists are kept in
/// `article_auto_related`, recomputed when an article changes, never while a reader waits.
enum RelatedNews {
    /// Recomputes the article's list after the newsroom changed it, and queues the articles
    /// its change may concern: those now in its list, and those that listed it before.
    static func refreshAfterChange(_ id: ArticleID, in db: Database) throws {
        try db.execute(
            sql:
                "INSERT OR IGNORE INTO related_queue (article_id) SELECT article_id FROM article_auto_related WHERE related_id = ?",
            arguments: [id.rawValue]
        )
        try db.execute(sql: "DELETE FROM article_auto_related WHERE related_id = ?", arguments: [id.rawValue])
        try refresh(id, in: db)
        try db.execute(
            sql:
                "INSERT OR IGNORE INTO related_queue (article_id) SELECT related_id FROM article_auto_related WHERE article_id = ?",
            arguments: [id.rawValue]
        )
        try db.execute(sql: "DELETE FROM related_queue WHERE article_id = ?", arguments: [id.rawValue])
    }

    /// Recomputes one article's list; an article that is not in the search index (not
    /// published) gets an empty one.
    static func refresh(_ id: ArticleID, in db: Database) throws {
        let list = try related(to: id, statistics: TermStatistics(lookingUpIn: db), in: db)
        try db.execute(sql: "DELETE FROM article_auto_related WHERE article_id = ?", arguments: [id.rawValue])
        for (position, entry) in list.enumerated() {
            try db.execute(
                sql: "INSERT INTO article_auto_related (article_id, position, related_id, score) VALUES (?, ?, ?, ?)",
                arguments: [id.rawValue, position, entry.id.rawValue, entry.score]
            )
        }
    }

    /// The best related articles, best first.
    static func related(to id: ArticleID, statistics: TermStatistics, in db: some SQLiteReading) throws
        -> [(id: ArticleID, score: Double)]
    {
        guard
            let article = try db.firstRow(
                """
                SELECT t.headline, t.kicker, t.summary, t.tags, t.body, a.section_id, a.published_at
                FROM article_search_text t JOIN articles a ON a.id = t.article_id
                WHERE t.article_id = ?
                """,
                arguments: [id.rawValue],
                { row in
                    (
                        fields: RelatedNewsScoring.weightedFields(
                            headline: row.text(0), kicker: row.text(1), summary: row.text(2), tags: row.text(3),
                            body: row.text(4)
                        ),
                        section: row.int64(5),
                        publishedAt: row.double(6)
                    )
                }
            )
        else { return [] }
        let terms = try RelatedNewsScoring.distinctiveTerms(
            RelatedNewsScoring.termWeights(article.fields),
            documents: statistics.documentCount
        ) { term in try statistics.documentFrequency(term, in: db) }
        guard !terms.isEmpty else { return [] }
        let expression = terms.map { "\"\($0.term)\"" }.joined(separator: " OR ")
        // Rank inside the index first and join only the best: joining every match to its
        // article before sorting cost twice as much (docs/PERFORMANCE.md).
        let candidates = try db.rows(
            """
            SELECT a.id, a.section_id, a.published_at, best.score
            FROM (
                SELECT rowid, \(ArticleRank.functionName)(article_search, ?) AS score
                FROM article_search WHERE article_search MATCH ? ORDER BY score LIMIT \(RelatedNewsScoring.candidates)
            ) best
            JOIN articles a ON a.id = best.rowid
            WHERE a.id <> ?
            """,
            arguments: [ArticleRank.Counts(perPhrase: terms.map { Int64($0.articles) }), expression, id.rawValue]
        ) { row in
            (
                id: ArticleID(row.int64(0)),
                score: RelatedNewsScoring.weighted(
                    match: -row.double(3),
                    sameSection: row.int64(1) == article.section,
                    publishedAt: row.double(2),
                    articlePublishedAt: article.publishedAt
                )
            )
        }
        return RelatedNewsScoring.best(candidates)
    }
}
