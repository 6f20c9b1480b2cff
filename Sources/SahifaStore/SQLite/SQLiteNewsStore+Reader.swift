import Foundation
import GRDB
import SahifaCore

/// Reader pages: each one read block, cached statements, rows read by position straight from
/// the statement. These run on every page view, so they avoid the query builder, copied
/// rows and per-row decoding machinery.
///
/// They read synchronously on the calling task (`readPage`, through `ReaderConnections`): a
/// page is some tens of microseconds of CPU against SQLite's page cache, and in
/// docs/PERFORMANCE.md handing the read to GRDB's reader queues and back cost more than the
/// queries themselves. Writes, which may wait for the writer, stay with GRDB and asynchronous.
extension SQLiteNewsStore {
    /// One read transaction on the current thread, on a reader connection of our own.
    func readPage<T>(_ read: (ReaderConnection) throws -> T) throws -> T {
        try readers.read(read)
    }

    public func siteChrome(at now: Date) async throws -> SiteChrome {
        try readPage { db in try chrome(db, now: now) }
    }

    public func homePage(_ layout: HomeLayout, page: PageRequest, at now: Date) async throws -> HomePageContent {
        try readPage { db in
            let siteChrome = try chrome(db, now: now)
            let newest = "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC"
            let lead =
                try TeaserRow.fetchAll(
                    db,
                    "WHERE a.status = 'published' AND a.is_featured ORDER BY a.published_at DESC, a.id DESC LIMIT 1"
                ).first ?? TeaserRow.fetchAll(db, newest + " LIMIT 1").first
            var shown = Set(lead.map { [$0.id] } ?? [])
            let top = try TeaserRow.fetchAll(db, newest + " LIMIT ?", arguments: [layout.topStories + shown.count])
                .filter { !shown.contains($0.id) }.prefix(layout.topStories)
            shown.formUnion(top.map(\.id))
            var sections: [SectionStories] = []
            for section in siteChrome.sections {
                // Ask for enough rows to fill the block after skipping stories shown above.
                let stories = try TeaserRow.fetchAll(
                    db,
                    "WHERE a.status = 'published' AND a.section_id = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?",
                    arguments: [section.id, layout.perSection + shown.count]
                ).filter { !shown.contains($0.id) }.prefix(layout.perSection)
                if !stories.isEmpty {
                    sections.append(SectionStories(section: section, stories: Array(stories)))
                }
            }
            let size = layout.latestPageSize
            let total = try db.firstRow("SELECT COUNT(*) FROM articles WHERE status = 'published'") { $0.int(0) } ?? 0
            let latest = try TeaserRow.fetchAll(
                db,
                newest + " LIMIT ? OFFSET ?",
                arguments: [size, (page.number - 1) * size]
            )
            return HomePageContent(
                chrome: siteChrome,
                lead: lead,
                topStories: Array(top),
                sections: sections,
                latest: Page(items: latest, number: page.number, size: size, totalCount: total)
            )
        }
    }

    public func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent? {
        try readPage { db in
            guard let article = try Self.article(db, id: id, readingMarkdown: false), article.status.isVisibleToReaders
            else { return nil }
            let cards = try Self.relatedCards(of: id, in: db)
            let news = try Self.relatedNews(of: id, limit: Self.relatedNewsOnPage + cards.count, asCards: true, in: db)
                .filter { cards[$0.id] == nil }.prefix(Self.relatedNewsOnPage)
            return ArticlePageContent(
                chrome: try chrome(db, now: now),
                article: article,
                relatedCards: cards,
                relatedNews: Array(news)
            )
        }
    }

    /// The published articles an editor placed as cards in the body, by id.
    static func relatedCards(of id: ArticleID, in db: ReaderConnection) throws -> [ArticleID: ArticleTeaser] {
        try db.rows(TeaserColumns.relatedCards, arguments: [id.rawValue], TeaserColumns.teaser).cardsByID
    }

    static func section(_ db: ReaderConnection, slug: String) throws -> Section? {
        try db.firstRow(
            "SELECT \(SectionColumns.list("s")) FROM sections s WHERE s.slug = ?",
            arguments: [slug],
            { try SectionColumns.section(in: $0, at: 0) }
        )
    }

    static func tag(_ db: ReaderConnection, slug: String) throws -> Tag? {
        try db.firstRow(
            "SELECT \(TagColumns.list("t")) FROM tags t WHERE t.slug = ?",
            arguments: [slug],
            { try TagColumns.tag(in: $0) }
        )
    }

    static func author(_ db: ReaderConnection, slug: String) throws -> Author? {
        try db.firstRow(
            "SELECT \(AuthorColumns.list("p")) FROM authors p WHERE p.slug = ?",
            arguments: [slug],
            { try AuthorColumns.author(in: $0) }
        )
    }

    /// How many related stories the end of an article page lists.
    static let relatedNewsOnPage = 4

    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Section>?
    {
        try readPage { db in
            guard let section = try Self.section(db, slug: slug) else { return nil }
            let stories = try Self.listing(
                db, join: "", condition: "a.section_id = ?", argument: section.id, page: page)
            return ListingPageContent(chrome: try chrome(db, now: now), subject: section, stories: stories)
        }
    }

    public func tagPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Tag>? {
        try readPage { db in
            guard let tag = try Self.tag(db, slug: slug) else { return nil }
            let stories = try Self.listing(
                db,
                join: "JOIN article_tags x ON x.article_id = a.id",
                condition: "x.tag_id = ?",
                argument: tag.id,
                page: page
            )
            return ListingPageContent(chrome: try chrome(db, now: now), subject: tag, stories: stories)
        }
    }

    public func authorPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Author>?
    {
        try readPage { db in
            guard let author = try Self.author(db, slug: slug) else { return nil }
            let stories = try Self.listing(
                db,
                join: "JOIN article_authors x ON x.article_id = a.id",
                condition: "x.author_id = ?",
                argument: author.id,
                page: page
            )
            return ListingPageContent(chrome: try chrome(db, now: now), subject: author, stories: stories)
        }
    }

    public func article(id: ArticleID) async throws -> Article? {
        try readPage { db in try Self.article(db, id: id, readingMarkdown: true) }
    }

    // MARK: Reading inside a transaction

    func chrome(_ db: ReaderConnection, now: Date) throws -> SiteChrome {
        try chromeCache.chrome(db, now: now, load: Self.loadChrome)
    }

    /// Reads the chrome: settings, sections, and the breaking items not yet expired at `now`
    /// (including ones that start later), newest first.
    private static func loadChrome(_ db: ReaderConnection, now: Date) throws -> SiteChromeCache.Snapshot {
        let sections = try db.rows(ChromeColumns.sections) { try SectionColumns.section(in: $0, at: 0) }
        let breaking = try db.rows(
            ChromeColumns.breaking + """
                 WHERE b.expires_at IS NULL OR b.expires_at > ?
                ORDER BY b.starts_at DESC, b.id DESC LIMIT 100
                """,
            arguments: [now.timeIntervalSince1970],
            ChromeColumns.breakingItem
        )
        return SiteChromeCache.Snapshot(settings: try settings(db), sections: sections, breaking: breaking)
    }

    static func settings(_ db: some SQLiteReading) throws -> SiteSettings {
        let social = try db.rows(ChromeColumns.socialLinks, ChromeColumns.socialLink).compactMap { $0 }
        return try db.firstRow(ChromeColumns.settings) { try ChromeColumns.settings($0, socialLinks: social) }
            ?? .initial
    }

    /// The article with its parts (see `ArticleColumns`).
    static func article(_ db: some SQLiteReading, id: ArticleID, readingMarkdown: Bool) throws -> Article? {
        let tags = try db.rows(ArticleColumns.tags, arguments: [id.rawValue]) { try TagColumns.tag(in: $0) }
        let authors = try db.rows(ArticleColumns.authors, arguments: [id.rawValue]) { try AuthorColumns.author(in: $0) }
        let related = try db.rows(ArticleColumns.related, arguments: [id.rawValue]) { ArticleID($0.int64(0)) }
        return try db.firstRow(ArticleColumns.select(readingMarkdown: readingMarkdown), arguments: [id.rawValue]) {
            try ArticleColumns.article($0, tags: tags, authors: authors, related: related)
        }
    }

    /// One page of published stories matching `condition` (one `?`, bound to `argument`).
    static func listing(
        _ db: ReaderConnection,
        join: String,
        condition: String,
        argument: Int64,
        page: PageRequest
    ) throws -> Page<ArticleTeaser> {
        let total =
            try db.firstRow(
                "SELECT COUNT(*) FROM articles a \(join) WHERE a.status = 'published' AND \(condition)",
                arguments: [argument]
            ) { $0.int(0) } ?? 0
        let items = try TeaserRow.fetchAll(
            db,
            "\(join) WHERE a.status = 'published' AND \(condition) ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?",
            arguments: [argument, page.size, page.offset]
        )
        return Page(items: items, number: page.number, size: page.size, totalCount: total)
    }
}
