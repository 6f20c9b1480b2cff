import Foundation
import SahifaCore
import SahifaStore

extension PostgresNewsStore {
    public func search(_ request: SearchRequest, at now: Date) async throws -> SearchResults {
        try await readPage { db in
            let chrome = try await Self.chrome(db, now: now)
            let scope = SearchScope(request, sections: chrome.sections)
            if case .unknownSection = scope { return SearchResults(chrome: chrome, nothingFor: request) }
            let terms = Array(Set(request.query.words.joined()))
            let counts = try await PostgresSearchIndex.frequencies(of: terms, in: db)
            var matchedAllWords = true
            var found = try await Self.rankedPage(
                PostgresSearchDocument.query(request.query, all: true), terms, counts, request, section: scope.section,
                in: db
            )
            if SearchResults.triesAnyWord(after: found.total, for: request) {
                matchedAllWords = false
                found = try await Self.rankedPage(
                    PostgresSearchDocument.query(request.query, all: false), terms, counts, request,
                    section: scope.section, in: db
                )
            }
            return SearchResults(chrome: chrome, request: request, found: found, matchedAllWords: matchedAllWords)
        }
    }

    public func article(sourceID: String) async throws -> ArticleTeaser? {
        try await readPage { db in
            try await Self.teasers(db, TeaserColumns.bySourceID, [sourceID]).first
        }
    }

    public func relatedNews(id: ArticleID, limit: Int) async throws -> [ArticleTeaser]? {
        try await readPage { db in
            guard try await db.firstRow(ArticleStatements.isPublished, [id.rawValue], { _ in true }) != nil else {
                return nil
            }
            return try await Self.relatedNews(of: id, limit: limit, asCards: false, in: db)
        }
    }

    public func suggestedTags(id: ArticleID, limit: Int) async throws -> [Tag]? {
        try await readPrimary { db in try await Self.suggestedTags(id: id, limit: limit, in: db) }
    }

    /// Tags the article's text suggests (`TagSuggestions`); nil when there is no such article.
    static func suggestedTags(id: ArticleID, limit: Int, in db: PostgresSession) async throws -> [Tag]? {
        guard let text = try await db.firstRow(TagSuggestions.textQuery, [id.rawValue], TagSuggestions.text) else {
            return nil
        }
        let carried = Set(try await db.rows(TagSuggestions.carriedQuery, [id.rawValue]) { try $0.int64(0) })
        let candidates = try await db.rows(TagSuggestions.candidatesQuery) { try TagColumns.tag(in: $0) }
        return TagSuggestions.best(for: text, among: candidates, carried: carried, limit: limit)
    }

    /// The related news of an article, published ones only, best first.
    static func relatedNews(of id: ArticleID, limit: Int, asCards: Bool, in db: PostgresSession) async throws
        -> [ArticleTeaser]
    {
        try await db.rows(TeaserColumns.relatedNews(asCards: asCards), [id.rawValue, limit], TeaserColumns.teaser)
    }

    /// One page of matches for `query` and how many there are in all. As on SQLite, the
    /// ranking runs over the index alone, joining articles only for a section filter or the
    /// newest-first order, and only the page's hits are joined to their teaser and body.
    private static func rankedPage(
        _ query: String,
        _ terms: [String],
        _ counts: (frequencies: [String: Int], documents: Int),
        _ request: SearchRequest,
        section: Section?,
        in db: PostgresSession
    ) async throws -> (hits: [SearchHit], total: Int) {
        let total = try await countMatches(query, section: section, in: db)
        guard total > request.page.offset else { return ([], total) }
        let score = PostgresSearchDocument.score(
            of: "f.document", terms: terms, frequencies: counts.frequencies, documents: counts.documents
        )
        let filter = section == nil ? "" : "AND p.section_id = ?"
        let ranking: String
        let pageOrder: String
        switch request.order {
        case .relevance:
            ranking = """
                SELECT f.article_id AS id, \(score.sql) AS score
                FROM article_search f JOIN articles p ON p.id = f.article_id
                WHERE f.document @@ ?::tsquery \(filter) ORDER BY score DESC, p.published_at DESC LIMIT ? OFFSET ?
                """
            pageOrder = "best.score DESC, a.published_at DESC"
        case .newest:
            ranking = """
                SELECT f.article_id AS id, \(score.sql) AS score
                FROM article_search f JOIN articles p ON p.id = f.article_id
                WHERE f.document @@ ?::tsquery \(filter) ORDER BY p.published_at DESC, p.id DESC LIMIT ? OFFSET ?
                """
            pageOrder = "a.published_at DESC, a.id DESC"
        }
        var arguments = score.arguments + [query as any PostgresArgument]
        if let section { arguments.append(section.id) }
        arguments.append(contentsOf: [request.page.size, request.page.offset] as [any PostgresArgument])
        let hits = try await db.rows(
            """
            SELECT \(TeaserColumns.list), substr(b.plain_text, 1, \(SearchHit.quotedLength)), best.score
            FROM (\(ranking)) best
            JOIN articles a ON a.id = best.id
            JOIN article_bodies b ON b.article_id = a.id
            \(TeaserColumns.joins)
            ORDER BY \(pageOrder)
            """,
            arguments
        ) { row in
            SearchHit(
                teaser: try TeaserColumns.teaser(row),
                score: try row.double(TeaserColumns.count + 1),
                bodyText: try row.text(TeaserColumns.count)
            )
        }
        return (hits, total)
    }

    private static func countMatches(_ query: String, section: Section?, in db: PostgresSession) async throws -> Int {
        if let section {
            return try await db.firstRow(
                """
                SELECT COUNT(*) FROM article_search f JOIN articles a ON a.id = f.article_id
                WHERE f.document @@ ?::tsquery AND a.section_id = ?
                """,
                [query, section.id]
            ) { try $0.int(0) } ?? 0
        }
        return try await db.firstRow("SELECT COUNT(*) FROM article_search WHERE document @@ ?::tsquery", [query]) {
            try $0.int(0)
        } ?? 0
    }
}
