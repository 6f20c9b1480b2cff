import Foundation
import SahifaCore
import SahifaStore

/// Related news on PostgreSQL (see `RelatedNewsScoring`): lists are kept in
/// `article_auto_related`, recomputed when an article changes, never while a reader waits.
enum PostgresRelatedNews {
    /// Recomputes the article's list after the newsroom changed it, and queues the articles
    /// its change may concern: those now in its list, and those that listed it before.
    static func refreshAfterChange(_ id: ArticleID, in db: PostgresSession) async throws {
        try await db.run(RelatedNewsQueue.queueListers, [id.rawValue])
        try await db.run(RelatedNewsQueue.dropFromLists, [id.rawValue])
        try await save(related(to: id, in: db), of: id, in: db)
        try await db.run(RelatedNewsQueue.queueListed, [id.rawValue])
        try await db.run(RelatedNewsQueue.dequeue, [id.rawValue])
    }

    /// Replaces the article's list.
    static func save(_ list: [(id: ArticleID, score: Double)], of id: ArticleID, in db: PostgresSession) async throws {
        try await db.run("DELETE FROM article_auto_related WHERE article_id = ?", [id.rawValue])
        guard !list.isEmpty else { return }
        try await db.run(
            """
            INSERT INTO article_auto_related (article_id, position, related_id, score)
            SELECT ?, position - 1, related_id, score FROM unnest(?::bigint[], ?::float8[]) WITH ORDINALITY AS l(related_id, score, position)
            """,
            [id.rawValue, list.map(\.id.rawValue), list.map(\.score)]
        )
    }

    /// The best related articles, best first; none for an article not in the index.
    static func related(to id: ArticleID, in db: PostgresSession) async throws -> [(id: ArticleID, score: Double)] {
        let subject = try await db.firstRow(
            "SELECT \(RelatedNewsSubject.columns) FROM article_search t JOIN articles a ON a.id = t.article_id "
                + "WHERE t.article_id = ?",
            [id.rawValue]
        ) { try RelatedNewsSubject($0) }
        guard let subject else { return [] }
        let weights = RelatedNewsScoring.termWeights(subject.fields)
        let counts = try await PostgresSearchIndex.frequencies(of: weights.keys.map(String.init), in: db)
        let terms = RelatedNewsScoring.distinctiveTerms(weights, documents: counts.documents) {
            counts.frequencies[$0] ?? 0
        }
        .map(\.term)
        guard !terms.isEmpty else { return [] }
        let score = PostgresSearchDocument.score(
            of: "s.document", terms: terms, frequencies: counts.frequencies, documents: counts.documents
        )
        let candidates = try await db.rows(
            """
            SELECT a.id, a.section_id, a.published_at, best.score
            FROM (
                SELECT s.article_id, \(score.sql) AS score
                FROM article_search s WHERE s.document @@ ?::tsquery AND s.article_id <> ?
                ORDER BY score DESC LIMIT \(RelatedNewsScoring.candidates)
            ) best
            JOIN articles a ON a.id = best.article_id
            """,
            score.arguments + [PostgresSearchDocument.anyOf(terms), id.rawValue]
        ) { row in try subject.candidate(row, match: try row.double(3)) }
        return RelatedNewsScoring.best(candidates)
    }
}
