import Foundation
import SahifaCore
import SahifaStore

/// Feeds and sitemaps: read rarely (they are cached until a write changes them), so plain
/// queries composed from the reader pages' parts.
extension SQLiteNewsStore {
    public func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent? {
        try readPage { db in
            let lookup = list.subjectLookup
            let subject = try lookup.flatMap { try db.firstRow($0.sql, arguments: [$0.slug], $0.read) }
            if lookup != nil, subject == nil { return nil }
            let first = PageRequest(number: 1, size: limit)
            let teasers =
                try subject.map { try Self.stories(of: $0, page: first, in: db).items }
                ?? Self.teasers(db, FeedContent.newestStories, arguments: [limit])
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

    public func archive(from start: Date, to end: Date) async throws -> [ArchiveEntry] {
        try readPage { db in
            try db.rows(
                ArchiveColumns.entries,
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970],
                ArchiveColumns.entry
            )
        }
    }

    public func tagsInUse() async throws -> [Tag] {
        try readPage { db in try db.rows(TagColumns.inUse) { try TagColumns.tag(in: $0) } }
    }
}
