import Foundation
import SahifaCore

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
            let siteChrome = try await Self.chrome(db, now: now)
            let newest = "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC"
            var lead = try await Self.teasers(
                db, "WHERE a.status = 'published' AND a.is_featured ORDER BY a.published_at DESC, a.id DESC LIMIT 1"
            ).first
            if lead == nil { lead = try await Self.teasers(db, newest + " LIMIT 1").first }
            var shown = Set(lead.map { [$0.id] } ?? [])
            let top = try await Self.teasers(db, newest + " LIMIT ?", [layout.topStories + shown.count])
                .filter { !shown.contains($0.id) }.prefix(layout.topStories)
            shown.formUnion(top.map(\.id))
            var sections: [SectionStories] = []
            for section in siteChrome.sections {
                // Ask for enough rows to fill the block after skipping stories shown above.
                let stories = try await Self.teasers(
                    db,
                    "WHERE a.status = 'published' AND a.section_id = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?",
                    [section.id, layout.perSection + shown.count]
                ).filter { !shown.contains($0.id) }.prefix(layout.perSection)
                if !stories.isEmpty {
                    sections.append(SectionStories(section: section, stories: Array(stories)))
                }
            }
            let size = layout.latestPageSize
            let total =
                try await db.firstRow("SELECT COUNT(*) FROM articles WHERE status = 'published'") { try $0.int(0) } ?? 0
            let latest = try await Self.teasers(db, newest + " LIMIT ? OFFSET ?", [size, (page.number - 1) * size])
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
        try await readPage { db in
            guard let article = try await Self.article(db, id: id, readingMarkdown: false),
                article.status.isVisibleToReaders
            else { return nil }
            let cards = try await Self.relatedCards(of: id, in: db)
            let news = try await Self.relatedNews(
                of: id, limit: Self.relatedNewsOnPage + cards.count, asCards: true, in: db
            )
            .filter { cards[$0.id] == nil }.prefix(Self.relatedNewsOnPage)
            return ArticlePageContent(
                chrome: try await Self.chrome(db, now: now),
                article: article,
                relatedCards: cards,
                relatedNews: Array(news)
            )
        }
    }

    /// How many related stories the end of an article page lists.
    static let relatedNewsOnPage = 4

    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Section>?
    {
        try await readPage { db in
            guard let section = try await Self.section(db, slug: slug) else { return nil }
            let stories = try await Self.listing(
                db, join: "", condition: "a.section_id = ?", argument: section.id, page: page)
            return ListingPageContent(chrome: try await Self.chrome(db, now: now), subject: section, stories: stories)
        }
    }

    public func tagPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Tag>? {
        try await readPage { db in
            guard let tag = try await Self.tag(db, slug: slug) else { return nil }
            let stories = try await Self.listing(
                db,
                join: "JOIN article_tags x ON x.article_id = a.id",
                condition: "x.tag_id = ?",
                argument: tag.id,
                page: page
            )
            return ListingPageContent(chrome: try await Self.chrome(db, now: now), subject: tag, stories: stories)
        }
    }

    public func authorPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Author>?
    {
        try await readPage { db in
            guard let author = try await Self.author(db, slug: slug) else { return nil }
            let stories = try await Self.listing(
                db,
                join: "JOIN article_authors x ON x.article_id = a.id",
                condition: "x.author_id = ?",
                argument: author.id,
                page: page
            )
            return ListingPageContent(chrome: try await Self.chrome(db, now: now), subject: author, stories: stories)
        }
    }

    /// The newsroom's read of an article, on the primary: an editor must see what they just saved.
    public func article(id: ArticleID) async throws -> Article? {
        try await readPrimary { db in try await Self.article(db, id: id, readingMarkdown: true) }
    }

    // MARK: Reading inside a transaction

    /// The chrome as of `now`: the breaking items live then, newest first.
    static func chrome(_ db: PostgresSession, now: Date) async throws -> SiteChrome {
        let sections = try await db.rows(ChromeColumns.sections) { try SectionColumns.section(in: $0, at: 0) }
        let breaking = try await db.rows(
            ChromeColumns.breaking + """
                 WHERE b.starts_at <= ? AND (b.expires_at IS NULL OR b.expires_at > ?)
                ORDER BY b.starts_at DESC, b.id DESC LIMIT ?
                """,
            [now.timeIntervalSince1970, now.timeIntervalSince1970, SiteChrome.tickerLimit],
            ChromeColumns.breakingItem
        )
        return SiteChrome(settings: try await settings(db), sections: sections, breaking: breaking)
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

    static func section(_ db: PostgresSession, slug: String) async throws -> Section? {
        try await db.firstRow("SELECT \(SectionColumns.list("s")) FROM sections s WHERE s.slug = ?", [slug]) {
            try SectionColumns.section(in: $0, at: 0)
        }
    }

    static func tag(_ db: PostgresSession, slug: String) async throws -> Tag? {
        try await db.firstRow("SELECT \(TagColumns.list("t")) FROM tags t WHERE t.slug = ?", [slug]) {
            try TagColumns.tag(in: $0)
        }
    }

    static func author(_ db: PostgresSession, slug: String) async throws -> Author? {
        try await db.firstRow("SELECT \(AuthorColumns.list("p")) FROM authors p WHERE p.slug = ?", [slug]) {
            try AuthorColumns.author(in: $0)
        }
    }

    /// Teasers matching `rest` (joins, conditions, order, limit) after `TeaserColumns.select`.
    static func teasers(_ db: PostgresSession, _ rest: String, _ arguments: [any PostgresArgument] = []) async throws
        -> [ArticleTeaser]
    {
        try await db.rows(TeaserColumns.select + " " + rest, arguments, TeaserColumns.teaser)
    }

    /// One page of published stories matching `condition` (one `?`, bound to `argument`).
    static func listing(
        _ db: PostgresSession,
        join: String,
        condition: String,
        argument: Int64,
        page: PageRequest
    ) async throws -> Page<ArticleTeaser> {
        let total =
            try await db.firstRow(
                "SELECT COUNT(*) FROM articles a \(join) WHERE a.status = 'published' AND \(condition)",
                [argument]
            ) { try $0.int(0) } ?? 0
        let items = try await teasers(
            db,
            "\(join) WHERE a.status = 'published' AND \(condition) ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?",
            [argument, page.size, page.offset]
        )
        return Page(items: items, number: page.number, size: page.size, totalCount: total)
    }
}
