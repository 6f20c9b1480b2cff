import Foundation
import SahifaCore

/// Feeds and sitemaps: read rarely (they are cached until a write changes them), so plain
/// queries composed from the reader pages' parts.
extension SQLiteNewsStore {
    public func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent? {
        try readPage { db in
            let subject: (any FeedSubject)?
            switch list {
            case .site: subject = nil
            case .section(let slug): subject = try Self.section(db, slug: slug)
            case .tag(let slug): subject = try Self.tag(db, slug: slug)
            case .author(let slug): subject = try Self.author(db, slug: slug)
            }
            let teasers: [ArticleTeaser]
            if let filter = list.storiesFilter {
                guard let subject else { return nil }
                teasers = try Self.listing(
                    db, join: filter.join, condition: filter.condition, argument: subject.id,
                    page: PageRequest(number: 1, size: limit)
                ).items
            } else {
                teasers = try TeaserRow.fetchAll(
                    db, "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?",
                    arguments: [limit]
                )
            }
            let entries = try teasers.compactMap { teaser -> FeedContent.Entry? in
                guard let article = try Self.article(db, id: teaser.id, readingMarkdown: false) else { return nil }
                return FeedContent.Entry(article: article, relatedCards: try Self.relatedCards(of: teaser.id, in: db))
            }
            return FeedContent(chrome: try chrome(db, now: now), subject: subject, entries: entries)
        }
    }

    public func archiveMonths() async throws -> [ArchiveMonth] {
        try readPage { db in
            try db.rows(
                """
                SELECT CAST(strftime('%Y', published_at, 'unixepoch') AS INTEGER),
                       CAST(strftime('%m', published_at, 'unixepoch') AS INTEGER), MAX(MAX(published_at, updated_at))
                FROM articles WHERE status = 'published' GROUP BY 1, 2 ORDER BY 1 DESC, 2 DESC
                """,
                ArchiveColumns.month
            )
        }
    }

    public func archive(year: Int, month: Int) async throws -> [ArchiveEntry] {
        guard let dates = ArchiveColumns.dates(year: year, month: month) else { return [] }
        return try archive(from: dates.lowerBound, to: dates.upperBound)
    }

    public func archive(publishedSince date: Date) async throws -> [ArchiveEntry] {
        try archive(from: date, to: .distantFuture)
    }

    private func archive(from: Date, to: Date) throws -> [ArchiveEntry] {
        try readPage { db in
            try db.rows(
                """
                SELECT a.id, a.slug, s.slug, a.headline, a.published_at, MAX(a.published_at, a.updated_at)
                FROM articles a JOIN sections s ON s.id = a.section_id
                WHERE a.status = 'published' AND a.published_at >= ? AND a.published_at < ?
                ORDER BY a.published_at DESC, a.id DESC
                """,
                arguments: [from.timeIntervalSince1970, to.timeIntervalSince1970],
                ArchiveColumns.entry
            )
        }
    }

    public func tagsInUse() async throws -> [Tag] {
        try readPage { db in
            try db.rows(
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
