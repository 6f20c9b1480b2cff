import Foundation
import SahifaCore

/// Feeds and sitemaps on PostgreSQL: read rarely (they are cached until a write changes
/// them), so plain queries composed from the reader pages' parts.
extension PostgresNewsStore {
    public func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent? {
        try await readPage { db in
            let subject: (any FeedSubject)?
            switch list {
            case .site: subject = nil
            case .section(let slug): subject = try await Self.section(db, slug: slug)
            case .tag(let slug): subject = try await Self.tag(db, slug: slug)
            case .author(let slug): subject = try await Self.author(db, slug: slug)
            }
            let teasers: [ArticleTeaser]
            if let filter = list.storiesFilter {
                guard let subject else { return nil }
                teasers = try await Self.listing(
                    db, join: filter.join, condition: filter.condition, argument: subject.id,
                    page: PageRequest(number: 1, size: limit)
                ).items
            } else {
                teasers = try await Self.teasers(
                    db, "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?", [limit]
                )
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

    public func archive(year: Int, month: Int) async throws -> [ArchiveEntry] {
        guard let dates = ArchiveColumns.dates(year: year, month: month) else { return [] }
        return try await archive(from: dates.lowerBound, to: dates.upperBound)
    }

    public func archive(publishedSince date: Date) async throws -> [ArchiveEntry] {
        try await archive(from: date, to: .distantFuture)
    }

    private func archive(from: Date, to: Date) async throws -> [ArchiveEntry] {
        try await readPage { db in
            try await db.rows(
                """
                SELECT a.id, a.slug, s.slug, a.headline, a.published_at, GREATEST(a.published_at, a.updated_at)
                FROM articles a JOIN sections s ON s.id = a.section_id
                WHERE a.status = 'published' AND a.published_at >= ? AND a.published_at < ?
                ORDER BY a.published_at DESC, a.id DESC
                """,
                [from.timeIntervalSince1970, to.timeIntervalSince1970]
            ) { try ArchiveColumns.entry($0) }
        }
    }

    public func tagsInUse() async throws -> [Tag] {
        try await readPage { db in
            try await db.rows(
                """
                SELECT \(TagColumns.list("t")) FROM tags t
                WHERE EXISTS (SELECT 1 FROM article_tags x JOIN articles a ON a.id = x.article_id
                              WHERE x.tag_id = t.id AND a.status = 'published')
                ORDER BY t.name
                """
            ) { try TagColumns.tag(in: $0) }
        }
    }
}
