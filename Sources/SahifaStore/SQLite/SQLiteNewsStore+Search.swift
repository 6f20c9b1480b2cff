import ArabicText
import Foundation
import SahifaCore

extension SQLiteNewsStore {
    public func search(_ request: SearchRequest, at now: Date) async throws -> SearchResults {
        try readPage { db in
            let chrome = try chrome(db, now: now)
            let section = request.sectionSlug.flatMap { slug in chrome.sections.first { $0.slug == slug } }
            if request.sectionSlug != nil && section == nil {
                return SearchResults(chrome: chrome, hits: Page(items: [], number: 1, size: request.page.size, totalCount: 0), matchedAllWords: true)
            }
            var matchedAllWords = true
            var (hits, total) = try Self.rankedPage(request.query.fts5Expression(all: true), request, section: section, in: db)
            if total == 0 && request.query.words.count > 1 {
                matchedAllWords = false
                (hits, total) = try Self.rankedPage(request.query.fts5Expression(all: false), request, section: section, in: db)
            }
            return SearchResults(
                chrome: chrome,
                hits: Page(items: hits, number: request.page.number, size: request.page.size, totalCount: total),
                matchedAllWords: matchedAllWords
            )
        }
    }

    public func article(sourceID: String) async throws -> ArticleTeaser? {
        try readPage { db in
            try TeaserRow.fetchAll(db, "WHERE a.source_id = ? AND a.status = 'published'", arguments: [sourceID]).first
        }
    }

    public func relatedNews(id: ArticleID, limit: Int) async throws -> [ArticleTeaser]? {
        try readPage { db in
            let published = try db.firstRow(
                "SELECT 1 FROM articles WHERE id = ? AND status = 'published'",
                arguments: [id.rawValue]
            ) { _ in true }
            guard published == true else { return nil }
            return try Self.relatedNews(of: id, limit: limit, in: db)
        }
    }

    public func suggestedTags(id: ArticleID, limit: Int) async throws -> [Tag]? {
        try readPage { db in
            guard
                let text = try db.firstRow(
                    """
                    SELECT a.headline || char(10) || COALESCE(a.kicker, '') || char(10) || a.summary || char(10) || b.plain_text
                    FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
                    """,
                    arguments: [id.rawValue],
                    { $0.text(0) }
                )
            else { return nil }
            let carried = Set(
                try db.rows("SELECT tag_id FROM article_tags WHERE article_id = ?", arguments: [id.rawValue]) { $0.int64(0) }
            )
            let candidates = try db.rows("SELECT id, slug, name FROM tags") { Tag(id: $0.int64(0), slug: $0.text(1), name: $0.text(2)) }
            return TagSuggestions.best(for: text, among: candidates, carried: carried, limit: limit)
        }
    }

    /// The related news of an article, published ones only, best first.
    static func relatedNews(of id: ArticleID, limit: Int, in db: ReaderConnection) throws -> [ArticleTeaser] {
        try TeaserRow.fetchAll(
            db,
            """
            JOIN article_auto_related r ON r.related_id = a.id
            WHERE r.article_id = ? AND a.status = 'published'
            ORDER BY r.position
            LIMIT ?
            """,
            arguments: [id.rawValue, limit]
        )
    }

    /// One page of matches for `expression` and how many there are in all. The ranking runs
    /// inside the index, joining articles only for a section filter or the newest-first order,
    /// and only the page's hits are joined to their teaser and body text: joining every match
    /// first made a common word cost ten times more. Equal scores go newest first; without a
    /// section filter, "newest" is the latest to enter the archive, which spares the join.
    private static func rankedPage(
        _ expression: String,
        _ request: SearchRequest,
        section: Section?,
        in db: ReaderConnection
    ) throws -> (hits: [SearchHit], total: Int) {
        let total = try countMatches(expression, section: section, in: db)
        guard total > request.page.offset else { return ([], total) }
        let ranking: String
        let pageOrder: String
        switch (request.order, section) {
        case (.relevance, nil):
            ranking = """
                SELECT rowid AS id, bm25(article_search, \(AnalysedArticle.fieldWeights)) AS score
                FROM article_search WHERE article_search MATCH ? ORDER BY score, rowid DESC LIMIT ? OFFSET ?
                """
            pageOrder = "best.score, a.published_at DESC"
        case (.relevance, _?):
            ranking = """
                SELECT f.rowid AS id, bm25(article_search, \(AnalysedArticle.fieldWeights)) AS score
                FROM article_search f JOIN articles p ON p.id = f.rowid
                WHERE article_search MATCH ? AND p.section_id = ? ORDER BY score, p.published_at DESC LIMIT ? OFFSET ?
                """
            pageOrder = "best.score, a.published_at DESC"
        case (.newest, _):
            ranking = """
                SELECT f.rowid AS id, bm25(article_search, \(AnalysedArticle.fieldWeights)) AS score
                FROM article_search f JOIN articles p ON p.id = f.rowid
                WHERE article_search MATCH ? \(section == nil ? "" : "AND p.section_id = ?")
                ORDER BY p.published_at DESC, p.id DESC LIMIT ? OFFSET ?
                """
            pageOrder = "a.published_at DESC, a.id DESC"
        }
        var arguments: [any SQLiteArgument] = [expression]
        if let section { arguments.append(section.id) }
        arguments.append(contentsOf: [request.page.size, request.page.offset] as [any SQLiteArgument])
        let hits = try db.rows(
            """
            SELECT \(TeaserColumns.list), substr(b.plain_text, 1, \(SearchHit.quotedLength)), best.score
            FROM (\(ranking)) best
            JOIN articles a ON a.id = best.id
            JOIN article_bodies b ON b.article_id = a.id
            \(TeaserColumns.joins)
            ORDER BY \(pageOrder)
            """,
            arguments: arguments
        ) { row in
            SearchHit(
                teaser: try TeaserColumns.teaser(row),
                score: -row.double(TeaserColumns.count + 1),
                bodyText: row.text(TeaserColumns.count)
            )
        }
        return (hits, total)
    }

    private static func countMatches(_ expression: String, section: Section?, in db: ReaderConnection) throws -> Int {
        if let section {
            return try db.firstRow(
                """
                SELECT COUNT(*) FROM article_search JOIN articles a ON a.id = article_search.rowid
                WHERE article_search MATCH ? AND a.section_id = ?
                """,
                arguments: [expression, section.id]
            ) { $0.int(0) } ?? 0
        }
        return try db.firstRow("SELECT COUNT(*) FROM article_search WHERE article_search MATCH ?", arguments: [expression]) {
            $0.int(0)
        } ?? 0
    }
}
