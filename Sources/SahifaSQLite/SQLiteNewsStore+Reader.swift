import Foundation
import GRDB
import SahifaCore
import SahifaStore

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
            let chrome = try chrome(db, now: now)
            let home = HomePageReads(layout: layout, latestPage: page.number, sections: chrome.sections)
            let lists = try home.queries.map { try Self.teasers(db, $0.rest, arguments: $0.arguments) }
            let count = try db.firstRow(HomePageReads.publishedCount) { $0.int(0) } ?? 0
            return home.content(chrome: chrome, lists: lists, publishedCount: count)
        }
    }

    public func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent? {
        try readPage { db in
            guard let article = try Self.article(db, id: id, readingMarkdown: false), article.status.isVisibleToReaders
            else { return nil }
            let cards = try Self.relatedCards(of: id, in: db)
            let limit = ArticlePageContent.relatedNewsToRead(besides: cards)
            return ArticlePageContent(
                chrome: try chrome(db, now: now),
                article: article,
                cards: cards,
                candidates: try Self.relatedNews(of: id, limit: limit, asCards: true, in: db)
            )
        }
    }

    /// The published articles an editor placed as cards in the body, by id.
    static func relatedCards(of id: ArticleID, in db: ReaderConnection) throws -> [ArticleID: ArticleTeaser] {
        try db.rows(TeaserColumns.relatedCards, arguments: [id.rawValue], TeaserColumns.teaser).cardsByID
    }

    public func storyListPage<Subject: StoryListSubject>(
        _ kind: Subject.Type, slug: String, page: PageRequest, at now: Date
    ) throws -> ListingPageContent<Subject>? {
        try readPage { db in
            guard let subject = try Self.subject(kind, slug: slug, in: db) else { return nil }
            let stories = try Self.stories(of: subject, page: page, in: db)
            return ListingPageContent(chrome: try chrome(db, now: now), subject: subject, stories: stories)
        }
    }

    public func article(id: ArticleID) async throws -> Article? {
        try readPage { db in try Self.article(db, id: id, readingMarkdown: true) }
    }

    // MARK: Reading inside a transaction

    func chrome(_ db: ReaderConnection, now: Date) throws -> SiteChrome {
        try chromeCache.chrome(db, now: now, load: Self.loadChrome)
    }

    private static func loadChrome(_ db: ReaderConnection, now: Date) throws -> SiteChromeSnapshot {
        SiteChromeSnapshot(
            settings: try settings(db),
            sections: try db.rows(ChromeColumns.sections) { try SectionColumns.section(in: $0, at: 0) },
            breaking: try db.rows(
                ChromeColumns.unexpiredBreaking, arguments: [now.timeIntervalSince1970], ChromeColumns.breakingItem),
            footerPages: try db.rows(ChromeColumns.footerPages, ChromeColumns.footerPage)
        )
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

    /// The section, tag or author with this slug.
    static func subject<Subject: StoryListSubject>(_ kind: Subject.Type, slug: String, in db: ReaderConnection)
        throws -> Subject?
    {
        try db.firstRow(kind.storyList.bySlug, arguments: [slug]) { try kind.storyList.read($0) }
    }

    /// One page of the subject's published stories, newest first.
    static func stories(of subject: some StoryListSubject, page: PageRequest, in db: ReaderConnection) throws
        -> Page<ArticleTeaser>
    {
        let list = type(of: subject).storyList
        let total = try db.firstRow(list.storiesCount, arguments: [subject.id]) { $0.int(0) } ?? 0
        let items = try teasers(db, list.storiesPage, arguments: [subject.id, page.size, page.offset])
        return Page(items: items, of: page, totalCount: total)
    }

    /// Teasers matching `rest` (joins, conditions, order, limit: constant SQL) after
    /// `TeaserColumns.select`.
    static func teasers(_ db: some SQLiteReading, _ rest: String, arguments: [any SQLiteArgument] = []) throws
        -> [ArticleTeaser]
    {
        try db.rows(TeaserColumns.select + " " + rest, arguments: arguments, TeaserColumns.teaser)
    }

    public func picture(hash: String) async throws -> MediaAsset? {
        try readPage { db in
            try db.firstRow(SiteStatements.picture, arguments: [hash]) { try MediaColumns.asset(in: $0, at: 0) } ?? nil
        }
    }
}
