import Foundation
import SahifaCore
import SahifaStore

/// Feeds and sitemaps on PostgreSQL: read rarely (they are cached until a write changes
/// them), so plain queries composed from the reader pages' parts.
extension PostgresNewsStore {
    public func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent? {
        try await readPage { db in
            var subject: (any StoryListSubject)?
            if let lookup = list.subjectLookup {
                guard let found = try await db.firstRow(lookup.sql, [lookup.slug], lookup.read) else { return nil }
                subject = found
            }
            let teasers: [ArticleTeaser]
            if let subject {
                teasers = try await Self.stories(of: subject, page: PageRequest(number: 1, size: limit), in: db).items
            } else {
                teasers = try await Self.teasers(db, FeedContent.newestStories, [limit])
            }
            return FeedContent(
                chrome: try await Self.chrome(db, now: now), subject: subject,
                entries: try await Self.entries(db, of: teasers)
            )
        }
    }

    /// The feed's articles, whole, with their cards, in the order of `teasers`: one query per
    /// part for all of them, since each query is a round trip to the server.
    private static func entries(_ db: PostgresSession, of teasers: [ArticleTeaser]) async throws -> [FeedContent.Entry]
    {
        let ids = teasers.map(\.id.rawValue)
        let tags = try await grouped(db, ArticleColumns.tagsOfEach, ids, idAt: TagColumns.count) {
            try TagColumns.tag(in: $0)
        }
        let authors = try await grouped(db, ArticleColumns.authorsOfEach, ids, idAt: AuthorColumns.count) {
            try AuthorColumns.author(in: $0)
        }
        let related = try await grouped(db, ArticleColumns.relatedOfEach, ids, idAt: 1) { ArticleID(try $0.int64(0)) }
        let cards = try await grouped(
            db,
            """
            SELECT \(TeaserColumns.cardList), r.article_id FROM articles a \(TeaserColumns.joins)
            JOIN article_related r ON r.related_id = a.id WHERE r.article_id = ANY(?) AND a.status = 'published'
            """,
            ids, idAt: TeaserColumns.count, TeaserColumns.teaser
        )
        var articles: [Int64: Article] = [:]
        for article in try await db.rows(
            ArticleColumns.selectEachOf, [ids],
            { row in
                let id = try row.int64(0)
                return try ArticleColumns.article(
                    row, tags: tags[id] ?? [], authors: authors[id] ?? [], related: related[id] ?? [])
            })
        {
            articles[article.id.rawValue] = article
        }
        return ids.compactMap { id in
            articles[id].map { FeedContent.Entry(article: $0, relatedCards: (cards[id] ?? []).cardsByID) }
        }
    }

    /// The rows of `sql` (one `?` for the ids) read by `transform`, by the article id in column `idAt`.
    private static func grouped<T>(
        _ db: PostgresSession, _ sql: String, _ ids: [Int64], idAt column: Int32,
        _ transform: (PostgresStoreRow) throws -> T
    ) async throws -> [Int64: [T]] {
        var grouped: [Int64: [T]] = [:]
        for (id, value) in try await db.rows(sql, [ids], { row in (try row.int64(column), try transform(row)) }) {
            grouped[id, default: []].append(value)
        }
        return grouped
    }

    public func archiveMonths() async throws -> [ArchiveMonth] {
        try await readPage { db in
            try await db.rows(
                """
                SELECT extract(year FROM to_timestamp(published_at) AT TIME ZONE 'UTC')::bigint,
                       extract(month FROM to_timestamp(published_at) AT TIME ZONE 'UTC')::bigint,
                       MAX(GREATEST(published_at, updated_at))
                FROM articles WHERE status = 'published' GROUP BY 1, 2 ORDER BY 1 DESC, 2 DESC
                """
            ) { try ArchiveColumns.month($0) }
        }
    }

    public func archive(from start: Date, to end: Date) async throws -> [ArchiveEntry] {
        try await readPage { db in
            try await db.rows(ArchiveColumns.entries, [start.timeIntervalSince1970, end.timeIntervalSince1970]) {
                try ArchiveColumns.entry($0)
            }
        }
    }

    public func tagsInUse() async throws -> [Tag] {
        try await readPage { db in try await db.rows(TagColumns.inUse) { try TagColumns.tag(in: $0) } }
    }
}
