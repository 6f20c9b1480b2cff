import Foundation
import SahifaCore
import SahifaStore

/// Reader pages on PostgreSQL: each one read-only snapshot (`readPage`), with SQLite's
/// queries and the shared column readers in `Rows/`. There is no chrome cache as on SQLite:
/// nothing here cheaply tells that another instance has written since, so every page reads
/// the chrome in its own snapshot.
extension PostgresNewsStore {
    public func siteChrome(at now: Date) async throws -> SiteChrome {
        try await readPage { db in try await Self.chrome(db, now: now) }
    }

    public func homePage(_ layout: HomeLayout, page: PageRequest, at now: Date) async throws -> HomePageContent {
        try await readPage { db in
            let chrome = try await Self.chrome(db, now: now)
            let home = HomePageReads(layout: layout, latestPage: page.number, sections: chrome.sections)
            var lists: [[ArticleTeaser]] = []
            for query in home.queries {
                lists.append(try await Self.teasers(db, query.rest, query.arguments))
            }
            let count = try await db.firstRow(HomePageReads.publishedCount) { try $0.int(0) } ?? 0
            return home.content(chrome: chrome, lists: lists, publishedCount: count)
        }
    }

    public func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent? {
        try await readPage { db in
            let article = try await Self.article(db, id: id, readingMarkdown: false)
            guard let article, article.status.isVisibleToReaders else { return nil }
            let cards = try await Self.relatedCards(of: id, in: db)
            let candidates = try await Self.relatedNews(
                of: id, limit: ArticlePageContent.relatedNewsToRead(besides: cards), asCards: true, in: db
            )
            let chrome = try await Self.chrome(db, now: now)
            return ArticlePageContent(chrome: chrome, article: article, cards: cards, candidates: candidates)
        }
    }

    public func storyListPage<Subject: StoryListSubject>(
        _ kind: Subject.Type, slug: String, page: PageRequest, at now: Date
    ) async throws -> ListingPageContent<Subject>? {
        try await readPage { db in
            guard let subject = try await Self.subject(kind, slug: slug, in: db) else { return nil }
            let stories = try await Self.stories(of: subject, page: page, in: db)
            return ListingPageContent(chrome: try await Self.chrome(db, now: now), subject: subject, stories: stories)
        }
    }

    public func article(id: ArticleID) async throws -> Article? {
        try await readPrimary { db in try await Self.article(db, id: id, readingMarkdown: true) }
    }

    // MARK: Reading inside a transaction

    /// The chrome as of `now`, read in the caller's snapshot.
    static func chrome(_ db: PostgresSession, now: Date) async throws -> SiteChrome {
        let sections = try await db.rows(ChromeColumns.sections) { try SectionColumns.section(in: $0, at: 0) }
        let unexpired = try await db.rows(ChromeColumns.unexpiredBreaking, [now.timeIntervalSince1970]) {
            try ChromeColumns.breakingItem($0)
        }
        let snapshot = SiteChromeSnapshot(
            settings: try await settings(db), sections: sections, breaking: unexpired,
            footerPages: try await db.rows(ChromeColumns.footerPages) { try ChromeColumns.footerPage($0) })
        return snapshot.chrome(at: now)
    }

    static func settings(_ db: PostgresSession) async throws -> SiteSettings {
        let social = try await db.rows(ChromeColumns.socialLinks) { try ChromeColumns.socialLink($0) }.compactMap { $0 }
        return try await db.firstRow(ChromeColumns.settings) { try ChromeColumns.settings($0, socialLinks: social) }
            ?? .initial
    }

    /// The article with its parts (see `ArticleColumns`).
    static func article(_ db: PostgresSession, id: ArticleID, readingMarkdown: Bool) async throws -> Article? {
        let tags = try await db.rows(ArticleColumns.tags, [id.rawValue]) { try TagColumns.tag(in: $0) }
        let authors = try await db.rows(ArticleColumns.authors, [id.rawValue]) { try AuthorColumns.author(in: $0) }
        let related = try await db.rows(ArticleColumns.related, [id.rawValue]) { ArticleID(try $0.int64(0)) }
        return try await db.firstRow(ArticleColumns.select(readingMarkdown: readingMarkdown), [id.rawValue]) {
            try ArticleColumns.article($0, tags: tags, authors: authors, related: related)
        }
    }

    /// The published articles an editor placed as cards in the body, by id.
    static func relatedCards(of id: ArticleID, in db: PostgresSession) async throws -> [ArticleID: ArticleTeaser] {
        try await db.rows(TeaserColumns.relatedCards, [id.rawValue], TeaserColumns.teaser).cardsByID
    }

    /// The section, tag or author with this slug.
    static func subject<Subject: StoryListSubject>(_ kind: Subject.Type, slug: String, in db: PostgresSession)
        async throws -> Subject?
    {
        try await db.firstRow(kind.storyList.bySlug, [slug]) { try kind.storyList.read($0) }
    }

    /// One page of the subject's published stories, newest first.
    static func stories(of subject: some StoryListSubject, page: PageRequest, in db: PostgresSession) async throws
        -> Page<ArticleTeaser>
    {
        let list = type(of: subject).storyList
        let total = try await db.firstRow(list.storiesCount, [subject.id]) { try $0.int(0) } ?? 0
        let items = try await teasers(db, list.storiesPage, [subject.id, page.size, page.offset])
        return Page(items: items, of: page, totalCount: total)
    }

    /// Teasers matching `rest` (joins, conditions, order, limit) after `TeaserColumns.select`.
    static func teasers(_ db: PostgresSession, _ rest: String, _ arguments: [any PostgresArgument] = []) async throws
        -> [ArticleTeaser]
    {
        try await db.rows(TeaserColumns.select + " " + rest, arguments, TeaserColumns.teaser)
    }

    public func picture(hash: String) async throws -> MediaAsset? {
        try await readPage { db in
            try await db.firstRow(SiteStatements.picture, [hash]) { try MediaColumns.asset(in: $0, at: 0) } ?? nil
        }
    }
}
