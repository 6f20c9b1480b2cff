import Foundation
import SahifaCore

/// Related news on PostgreSQL (see `RelatedNewsScoring`): lists are kept in
/// `article_auto_related`, recomputed when an article changes, never while a reader waits.
enum PostgresRelatedNews {
    /// Recomputes the article's list after the newsroom changed it, and queues the articles
    /// its change may concern: those now in its list, and those that listed it before.
    static func refreshAfterChange(_ id: ArticleID, in db: PostgresSession) async throws {
        try await db.run(
            """
            INSERT INTO related_queue (article_id) SELECT article_id FROM article_auto_related WHERE related_id = ?
            ON CONFLICT DO NOTHING
            """,
            [id.rawValue]
        )
        try await db.run("DELETE FROM article_auto_related WHERE related_id = ?", [id.rawValue])
        try await save(related(to: id, in: db), of: id, in: db)
        try await db.run(
            """
            INSERT INTO related_queue (article_id) SELECT related_id FROM article_auto_related WHERE article_id = ?
            ON CONFLICT DO NOTHING
            """,
            [id.rawValue]
        )
        try await db.run("DELETE FROM related_queue WHERE article_id = ?", [id.rawValue])
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
        guard
            let article = try await db.firstRow(
                """
                SELECT t.headline, t.kicker, t.summary, t.tags, t.body, a.section_id, a.published_at
                FROM article_search t JOIN articles a ON a.id = t.article_id
                WHERE t.article_id = ?
                """,
                [id.rawValue],
                { row in
                    (
                        fields: RelatedNewsScoring.weightedFields(
                            headline: try row.text(0), kicker: try row.text(1), summary: try row.text(2),
                            tags: try row.text(3), body: try row.text(4)
                        ),
                        section: try row.int64(5),
                        publishedAt: try row.double(6)
                    )
                }
            )
        else { return [] }
        let weights = RelatedNewsScoring.termWeights(article.fields)
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
        ) { row in
            (
                id: ArticleID(try row.int64(0)),
                score: RelatedNewsScoring.weighted(
                    match: try row.double(3),
                    sameSection: try row.int64(1) == article.section,
                    publishedAt: try row.double(2),
                    articlePublishedAt: article.publishedAt
                )
            )
        }
        return RelatedNewsScoring.best(candidates)
    }
}
