import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// Related news on SQLite (see `RelatedNewsScoring`): lists are kept in
/// `article_auto_related`, recomputed when an article changes, never while a reader waits.
enum RelatedNews {
    /// Recomputes the article's list after the newsroom changed it, and queues the articles
    /// its change may concern: those now in its list, and those that listed it before.
    static func refreshAfterChange(_ id: ArticleID, in db: Database) throws {
        try db.run(RelatedNewsQueue.queueListers, [id.rawValue])
        try db.run(RelatedNewsQueue.dropFromLists, [id.rawValue])
        try save(related(to: id, statistics: TermStatistics(lookingUpIn: db), in: db), of: id, in: db)
        try db.run(RelatedNewsQueue.queueListed, [id.rawValue])
        try db.run(RelatedNewsQueue.dequeue, [id.rawValue])
    }

    /// Replaces the article's list.
    static func save(_ list: [(id: ArticleID, score: Double)], of id: ArticleID, in db: Database) throws {
        try db.run("DELETE FROM article_auto_related WHERE article_id = ?", [id.rawValue])
        for (position, entry) in list.enumerated() {
            try db.run(
                "INSERT INTO article_auto_related (article_id, position, related_id, score) VALUES (?, ?, ?, ?)",
                [id.rawValue, position, entry.id.rawValue, entry.score]
            )
        }
    }

    /// The best related articles, best first.
    static func related(to id: ArticleID, statistics: TermStatistics, in db: some SQLiteReading) throws
        -> [(id: ArticleID, score: Double)]
    {
        let subject = try db.firstRow(
            "SELECT \(RelatedNewsSubject.columns) FROM article_search_text t JOIN articles a ON a.id = t.article_id "
                + "WHERE t.article_id = ?",
            arguments: [id.rawValue],
            RelatedNewsSubject.init
        )
        guard let subject else { return [] }
        let terms = try RelatedNewsScoring.distinctiveTerms(
            RelatedNewsScoring.termWeights(subject.fields),
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
        ) { row in try subject.candidate(row, match: -row.double(3)) }
        return RelatedNewsScoring.best(candidates)
    }
}
