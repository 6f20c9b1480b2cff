import ArabicText
import Foundation
import SahifaCore
import SahifaStore

extension SQLiteNewsStore {
    public func search(_ request: SearchRequest, at now: Date) async throws -> SearchResults {
        try readPage { db in
            let chrome = try chrome(db, now: now)
            let scope = SearchScope(request, sections: chrome.sections)
            if case .unknownSection = scope { return SearchResults(chrome: chrome, nothingFor: request) }
            // Both expressions list the same phrases in the same order, so they share the counts.
            let counts = try db.articleCounts(of: request.query.fts5Phrases)
            let rank = { (all: Bool) in
                try Self.rankedPage(
                    request.query.fts5Expression(all: all), counts: counts, request, section: scope.section, in: db)
            }
            let everyWord = try rank(true)
            let anyWord = SearchResults.triesAnyWord(after: everyWord.total, for: request)
            let found = anyWord ? try rank(false) : everyWord
            return SearchResults(chrome: chrome, request: request, found: found, matchedAllWords: !anyWord)
        }
    }

    public func article(sourceID: String) async throws -> ArticleTeaser? {
        try readPage { db in
            try Self.teasers(db, TeaserColumns.bySourceID, arguments: [sourceID]).first
        }
    }

    public func relatedNews(id: ArticleID, limit: Int) async throws -> [ArticleTeaser]? {
        try readPage { db in
            guard try db.firstRow(ArticleStatements.isPublished, arguments: [id.rawValue], { _ in true }) != nil
            else { return nil }
            return try Self.relatedNews(of: id, limit: limit, asCards: false, in: db)
        }
    }

    public func suggestedTags(id: ArticleID, limit: Int) async throws -> [Tag]? {
        try readPage { db in try Self.suggestedTags(id: id, limit: limit, in: db) }
    }

    /// Tags the article's text suggests (`TagSuggestions`); nil when there is no such article.
    static func suggestedTags(id: ArticleID, limit: Int, in db: ReaderConnection) throws -> [Tag]? {
        let text = try db.firstRow(TagSuggestions.textQuery, arguments: [id.rawValue], TagSuggestions.text)
        guard let text else { return nil }
        let carried = try db.rows(TagSuggestions.carriedQuery, arguments: [id.rawValue]) { $0.int64(0) }
        let candidates = try db.rows(TagSuggestions.candidatesQuery) { try TagColumns.tag(in: $0) }
        return TagSuggestions.best(for: text, among: candidates, carried: Set(carried), limit: limit)
    }

    /// The related news of an article, published ones only, best first; `asCards` as in
    /// `TeaserColumns.relatedNews(asCards:)`.
    static func relatedNews(of id: ArticleID, limit: Int, asCards: Bool, in db: ReaderConnection) throws
        -> [ArticleTeaser]
    {
        try db.rows(TeaserColumns.relatedNews(asCards: asCards), arguments: [id.rawValue, limit], TeaserColumns.teaser)
    }

    /// One page of matches for `expression` and how many there are in all, from one pass over
    /// the matches: each comes with its score (and its date when the order or a section filter
    /// needs the article joined), is counted, and is kept only while it ranks within the page
    /// (`SearchPageSelection`). Counting in a second query read every match twice; sorting
    /// them all in SQLite cost more than keeping the few a page shows. Only the page's hits
    /// are then joined to their teaser and body text. Equal scores go newest first; without a
    /// section filter, "newest" is the latest to enter the archive, which spares the join.
    private static func rankedPage(
        _ expression: String,
        counts: ArticleRank.Counts,
        _ request: SearchRequest,
        section: Section?,
        in db: ReaderConnection
    ) throws -> (hits: [SearchHit], total: Int) {
        var selection = SearchPageSelection(order: request.order, keep: request.page.offset + request.page.size)
        var arguments: [any SQLiteArgument] = [counts, expression]
        let matches: String
        if section == nil && request.order == .relevance {
            matches = """
                SELECT rowid, \(ArticleRank.functionName)(article_search, ?), rowid
                FROM article_search WHERE article_search MATCH ?
                """
        } else {
            matches = """
                SELECT f.rowid, \(ArticleRank.functionName)(article_search, ?), p.published_at
                FROM article_search f JOIN articles p ON p.id = f.rowid
                WHERE article_search MATCH ? \(section == nil ? "" : "AND p.section_id = ?")
                """
            if let section { arguments.append(section.id) }
        }
        try db.forEachRow(matches, arguments: arguments) { row in
            selection.consider(
                SearchPageSelection.Match(id: row.int64(0), score: -row.double(1), recency: row.double(2)))
        }
        let page = Array(selection.best.dropFirst(request.page.offset))
        guard !page.isEmpty else { return ([], selection.count) }
        var found: [Int64: (teaser: ArticleTeaser, bodyText: String)] = [:]
        try db.forEachRow(
            """
            SELECT \(TeaserColumns.list), substr(b.plain_text, 1, \(SearchHit.quotedLength))
            FROM articles a JOIN article_bodies b ON b.article_id = a.id \(TeaserColumns.joins)
            WHERE a.id IN (SELECT value FROM json_each(?))
            """,
            arguments: ["[" + page.map { String($0.id) }.joined(separator: ",") + "]"]
        ) { row in
            let teaser = try TeaserColumns.teaser(row)
            found[teaser.id.rawValue] = (teaser, row.text(TeaserColumns.count))
        }
        return (
            page.compactMap { match in
                found[match.id].map { SearchHit(teaser: $0.teaser, score: match.score, bodyText: $0.bodyText) }
            },
            selection.count
        )
    }
}
