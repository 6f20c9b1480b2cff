import SahifaCore
import SahifaStore

/// Keeps `article_search` and its term counts in `search_terms` in step with what readers
/// can see, inside the caller's write: an article is in the index exactly while it is
/// published.
enum PostgresSearchIndex {
    private static let sourceQuery = AnalysedArticle.sourceQuery(
        tagNames: "string_agg(t.name, '،' ORDER BY x.position)")

    /// Drops the article's entry and, if it is published, indexes it afresh.
    static func refresh(_ id: ArticleID, in db: PostgresSession) async throws {
        try await remove(id, in: db)
        let found = try await db.firstRow(
            Self.sourceQuery,
            [id.rawValue]
        ) { try AnalysedArticle.published(from: $0) }
        guard let analysed = found ?? nil else { return }
        try await add([(id, analysed)], in: db)
    }

    /// Indexes articles known to be published and not yet in the index: their rows in one
    /// statement, and the counts of all their terms in another.
    static func add(_ articles: [(id: ArticleID, analysed: AnalysedArticle)], in db: PostgresSession) async throws {
        guard !articles.isEmpty else { return }
        try await db.run(
            """
            INSERT INTO article_search (article_id, headline, kicker, summary, tags, body, document)
            SELECT id, headline, kicker, summary, tags, body, document::tsvector
            FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS added(id, headline, kicker, summary, tags, body, document)
            """,
            [
                articles.map(\.id.rawValue), articles.map(\.analysed.headline), articles.map(\.analysed.kicker),
                articles.map(\.analysed.summary), articles.map(\.analysed.tags), articles.map(\.analysed.body),
                articles.map { PostgresSearchDocument.document($0.analysed) },
            ]
        )
        try await db.run("UPDATE search_documents SET documents = documents + ?", [articles.count])
        var counts: [Substring: Int64] = [:]
        for article in articles {
            for term in PostgresSearchDocument.terms(article.analysed) { counts[term, default: 0] += 1 }
        }
        try await db.run(
            """
            INSERT INTO search_terms (term, documents) SELECT * FROM unnest(?::text[], ?::bigint[])
            ON CONFLICT (term) DO UPDATE SET documents = search_terms.documents + excluded.documents
            """,
            [counts.keys.map(String.init), Array(counts.values)]
        )
    }

    /// Takes the article out of the index and its terms out of the counts.
    static func remove(_ id: ArticleID, in db: PostgresSession) async throws {
        let removed = try await db.rows(
            """
            WITH gone AS (DELETE FROM article_search WHERE article_id = ? RETURNING document),
            terms AS (
                UPDATE search_terms SET documents = search_terms.documents - 1
                FROM gone, unnest(gone.document) AS term
                WHERE search_terms.term = term.lexeme
            )
            SELECT true FROM gone
            """,
            [id.rawValue]
        ) { try $0.bool(0) }
        if !removed.isEmpty { try await db.run("UPDATE search_documents SET documents = documents - 1") }
    }

    /// How many articles hold each of `terms`, and how many the index holds in all.
    static func frequencies(of terms: [String], in db: PostgresSession) async throws
        -> (frequencies: [String: Int], documents: Int)
    {
        let rows = try await db.rows(
            "SELECT term, documents FROM search_terms WHERE term = ANY(?) AND documents > 0",
            [terms]
        ) { (try $0.text(0), try $0.int(1)) }
        let documents = try await db.firstRow("SELECT documents FROM search_documents") { try $0.int(0) } ?? 0
        return (Dictionary(rows, uniquingKeysWith: { first, _ in first }), documents)
    }
}
