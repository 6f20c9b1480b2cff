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
    static let queryTerms = 16
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
        let list = try related(to: id, in: db)
        try db.execute(sql: "DELETE FROM article_auto_related WHERE article_id = ?", arguments: [id.rawValue])
        for (position, entry) in list.enumerated() {
            try db.execute(
                sql: "INSERT INTO article_auto_related (article_id, position, related_id, score) VALUES (?, ?, ?, ?)",
                arguments: [id.rawValue, position, entry.id.rawValue, entry.score]
            )
        }
    }

    /// The best related articles, best first.
    static func related(to id: ArticleID, in db: some SQLiteReading) throws -> [(id: ArticleID, score: Double)] {
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
        let terms = try distinctiveTerms(article.fields, in: db)
        guard !terms.isEmpty else { return [] }
        let expression = terms.map { "\"\($0)\"" }.joined(separator: " OR ")
        let candidates = try db.rows(
            """
            SELECT a.id, a.section_id, a.published_at, bm25(article_search, \(AnalysedArticle.fieldWeights)) AS score
            FROM article_search JOIN articles a ON a.id = article_search.rowid
            WHERE article_search MATCH ? AND a.id <> ?
            ORDER BY score
            LIMIT 60
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
    /// most), rare in the archive, and found in at least one other article.
    private static func distinctiveTerms(_ fields: [(text: String, weight: Double)], in db: some SQLiteReading) throws
        -> [String]
    {
        var weights: [Substring: Double] = [:]
        for field in fields {
            for term in field.text.split(separator: " ").prefix(400) where !term.hasPrefix(SearchText.surfaceMark) {
                weights[term, default: 0] += field.weight
            }
        }
        let documents = Double(try db.firstRow("SELECT COUNT(*) FROM article_search_text") { $0.int(0) } ?? 0)
        var scored: [(term: String, score: Double)] = []
        for (term, weight) in weights {
            let frequency = try db.firstRow("SELECT doc FROM article_search_terms WHERE term = ?", arguments: [String(term)]) {
                Double($0.int(0))
            } ?? 0
            guard frequency >= 2 else { continue }
            scored.append((String(term), weight * log(documents / frequency)))
        }
        return scored.sorted { $0.score > $1.score }.prefix(queryTerms).map(\.term)
    }
}
