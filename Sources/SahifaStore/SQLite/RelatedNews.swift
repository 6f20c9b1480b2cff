import Foundation
import GRDB
import SahifaCore

/// Works out each published article's related news from its analysed text: the words that
/// set it apart (weighted by field and by how rare they are across the archive) are searched
/// for, and the best matches are re-weighted for sharing the article's section and for being
/// close to it in time. Lists are kept in `article_auto_related`, recomputed when an article
/// changes, never while a reader waits.
enum RelatedNews {
    /// How many related articles are kept per article.
    static let listLength = 10
    /// How many of an article's words are searched for.
    static let queryTerms = 12
    /// Words in more than this share of the archive say too little, and cost the most to search.
    static let commonShare = 0.01
    /// A match from the article's own section counts this much more.
    static let sameSectionWeight = 1.6
    /// Recency: a match published this many days away keeps about 60 % of the time bonus.
    static let recencyDays = 30.0

    /// Recomputes the article's list after the newsroom changed it, and queues the articles
    /// its change may concern: those now in its list, and those that listed it before.
    static func refreshAfterChange(_ id: ArticleID, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO related_queue (article_id) SELECT article_id FROM article_auto_related WHERE related_id = ?",
            arguments: [id.rawValue]
        )
        try db.execute(sql: "DELETE FROM article_auto_related WHERE related_id = ?", arguments: [id.rawValue])
        try refresh(id, in: db)
        try db.execute(
            sql: "INSERT OR IGNORE INTO related_queue (article_id) SELECT related_id FROM article_auto_related WHERE article_id = ?",
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
                        fields: [(row.text(0), 3.0), (row.text(1), 2.0), (row.text(2), 2.0), (row.text(3), 3.0), (row.text(4), 1.0)],
                        section: row.int64(5),
                        publishedAt: row.double(6)
                    )
                }
            )
        else { return [] }
        let terms = try distinctiveTerms(article.fields, statistics: statistics, in: db)
        guard !terms.isEmpty else { return [] }
        let expression = terms.map { "\"\($0)\"" }.joined(separator: " OR ")
        // Rank inside the index first and join only the best: joining every match to its
        // article before sorting cost twice as much (docs/PERFORMANCE.md).
        let candidates = try db.rows(
            """
            SELECT a.id, a.section_id, a.published_at, best.score
            FROM (
                SELECT rowid, bm25(article_search, \(AnalysedArticle.fieldWeights)) AS score
                FROM article_search WHERE article_search MATCH ? ORDER BY score LIMIT 61
            ) best
            JOIN articles a ON a.id = best.rowid
            WHERE a.id <> ?
            """,
            arguments: [expression, id.rawValue]
        ) { row in
            let days = abs(row.double(2) - article.publishedAt) / 86_400
            let recency = 0.6 + 0.4 * exp(-days / recencyDays)
            let section = row.int64(1) == article.section ? sameSectionWeight : 1
            return (id: ArticleID(row.int64(0)), score: -row.double(3) * section * recency)
        }
        return Array(candidates.sorted { $0.score > $1.score }.prefix(listLength))
    }

    /// The article's words that best tell it apart: frequent in it (headline and tags count
    /// most), rare in the archive but found in at least one other article.
    private static func distinctiveTerms(
        _ fields: [(text: String, weight: Double)],
        statistics: TermStatistics,
        in db: some SQLiteReading
    ) throws -> [String] {
        var weights: [Substring: Double] = [:]
        for field in fields {
            for term in field.text.split(separator: " ").prefix(200) where !term.hasPrefix(SearchText.surfaceMark) {
                weights[term, default: 0] += field.weight
            }
        }
        let documents = Double(statistics.documentCount)
        let ceiling = max(30, documents * commonShare)
        var scored: [(term: String, score: Double)] = []
        for (term, weight) in weights {
            let frequency = Double(try statistics.documentFrequency(String(term), in: db))
            guard frequency >= 2, frequency <= ceiling else { continue }
            scored.append((String(term), weight * log(documents / frequency)))
        }
        return scored.sorted { ($0.score, $0.term) > ($1.score, $1.term) }.prefix(queryTerms).map(\.term)
    }
}
