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
            let news = try Self.relatedNews(of: id, limit: Self.relatedNewsOnPage + cards.count, in: db)
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
        let teasers = try TeaserRow.fetchAll(
            db,
            "JOIN article_related r ON r.related_id = a.id WHERE r.article_id = ? AND a.status = 'published'",
            arguments: [id.rawValue]
        )
        return Dictionary(teasers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
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
            "SELECT id, slug, name FROM tags WHERE slug = ?",
            arguments: [slug],
            { Tag(id: $0.int64(0), slug: $0.text(1), name: $0.text(2)) }
        )
    }

    static func author(_ db: ReaderConnection, slug: String) throws -> Author? {
        try db.firstRow(
            "SELECT id, slug, name, bio FROM authors WHERE slug = ?",
            arguments: [slug],
            { Author(id: $0.int64(0), slug: $0.text(1), name: $0.text(2), bio: $0.text(3)) }
        )
    }

    /// How many related stories the end of an article page lists.
    static let relatedNewsOnPage = 4

    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Section>?
    {
        try readPage { db in
            guard let section = try Self.section(db, slug: slug) else { return nil }
            let stories = try Self.listing(db, join: "", condition: "a.section_id = ?", argument: section.id, page: page)
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
        let sections = try db.rows("SELECT \(SectionColumns.list("s")) FROM sections s ORDER BY s.position, s.id") {
            try SectionColumns.section(in: $0, at: 0)
        }
        let breaking = try db.rows(
            """
            SELECT b.id, b.text, b.starts_at, b.expires_at, a.id, a.slug, s.slug
            FROM breaking_items b
            LEFT JOIN articles a ON a.id = b.article_id AND a.status = 'published'
            LEFT JOIN sections s ON s.id = a.section_id
            WHERE b.expires_at IS NULL OR b.expires_at > ?
            ORDER BY b.starts_at DESC, b.id DESC
            LIMIT 100
            """,
            arguments: [now.timeIntervalSince1970]
        ) { row -> BreakingItem in
            var link: String?
            if let articleID = row.optionalInt64(4), let section = row.optionalText(6) {
                link = ArticlePath.make(section: section, id: ArticleID(articleID), slug: row.text(5))
            }
            return BreakingItem(
                id: row.int64(0),
                text: row.text(1),
                link: link,
                startsAt: Date(timeIntervalSince1970: row.double(2)),
                expiresAt: row.optionalDouble(3).map(Date.init(timeIntervalSince1970:))
            )
        }
        return SiteChromeCache.Snapshot(settings: try settings(db), sections: sections, breaking: breaking)
    }

    static func settings(_ db: some SQLiteReading) throws -> SiteSettings {
        let social = try db.rows("SELECT network, label, url FROM site_social_links ORDER BY position") { row in
            SocialNetwork(rawValue: row.text(0)).map { SocialLink(network: $0, label: row.text(1), url: row.text(2)) }
        }.compactMap { $0 }
        let settings = try db.firstRow(
            """
            SELECT st.name, st.tagline, st.copyright, st.digits, st.time_zone, \(MediaColumns.list("m"))
            FROM site_settings st LEFT JOIN media m ON m.hash = st.logo_hash WHERE st.id = 1
            """
        ) { row in
            SiteSettings(
                name: row.text(0),
                tagline: row.text(1),
                logo: try MediaColumns.asset(in: row, at: 5),
                socialLinks: social,
                copyright: row.text(2),
                digits: .init(rawValue: row.text(3)) ?? .arabicIndic,
                timeZoneIdentifier: row.text(4)
            )
        }
        return settings ?? .initial
    }

    /// The article with its parts. Reader pages skip the body's Markdown (`readingMarkdown`
    /// false leaves it empty): they show the HTML rendered from it.
    static func article(_ db: some SQLiteReading, id: ArticleID, readingMarkdown: Bool) throws -> Article? {
        let sql = """
            SELECT a.id, a.slug, a.kicker, a.headline, a.summary,
                   CASE WHEN ? THEN b.markdown ELSE '' END, b.html, a.status,
                   a.is_featured, a.seo_title, a.seo_description, a.created_at, a.published_at, a.updated_at,
                   a.revision, a.source_id, \(SectionColumns.list("s")), \(MediaColumns.list("m")), a.created_by,
                   a.embargo_until, a.correction_note, a.corrected_at
            FROM articles a
            JOIN article_bodies b ON b.article_id = a.id
            JOIN sections s ON s.id = a.section_id
            LEFT JOIN media m ON m.hash = a.hero_hash
            WHERE a.id = ?
            """
        let tags = try db.rows(
            "SELECT t.id, t.slug, t.name FROM tags t JOIN article_tags x ON x.tag_id = t.id "
                + "WHERE x.article_id = ? ORDER BY x.position",
            arguments: [id.rawValue]
        ) { Tag(id: $0.int64(0), slug: $0.text(1), name: $0.text(2)) }
        let authors = try db.rows(
            "SELECT p.id, p.slug, p.name, p.bio FROM authors p JOIN article_authors x ON x.author_id = p.id "
                + "WHERE x.article_id = ? ORDER BY x.position",
            arguments: [id.rawValue]
        ) { Author(id: $0.int64(0), slug: $0.text(1), name: $0.text(2), bio: $0.text(3)) }
        let related = try db.rows(
            "SELECT related_id FROM article_related WHERE article_id = ? ORDER BY position",
            arguments: [id.rawValue]
        ) { ArticleID($0.int64(0)) }
        return try db.firstRow(sql, arguments: [readingMarkdown, id.rawValue]) { row in
            Article(
                id: ArticleID(row.int64(0)),
                slug: row.text(1),
                kicker: row.optionalText(2),
                headline: row.text(3),
                summary: row.text(4),
                body: ArticleBody(
                    markdown: row.text(5),
                    html: TrustedHTML(storedRendering: row.bytes(6)),
                    relatedArticleIDs: related
                ),
                heroImage: try MediaColumns.asset(in: row, at: 16 + SectionColumns.count),
                section: try SectionColumns.section(in: row, at: 16),
                tags: tags,
                authors: authors,
                status: ArticleStatus(rawValue: row.text(7)) ?? .draft,
                isFeatured: row.bool(8),
                seo: SEOFields(title: row.optionalText(9), description: row.optionalText(10)),
                createdAt: Date(timeIntervalSince1970: row.double(11)),
                publishedAt: row.optionalDouble(12).map(Date.init(timeIntervalSince1970:)),
                updatedAt: Date(timeIntervalSince1970: row.double(13)),
                revision: row.int(14),
                sourceID: row.optionalText(15),
                createdBy: row.optionalInt64(16 + SectionColumns.count + MediaColumns.count).map { AccountID($0) },
                embargoUntil: row.optionalDouble(17 + SectionColumns.count + MediaColumns.count)
                    .map(Date.init(timeIntervalSince1970:)),
                correction: row.optionalText(18 + SectionColumns.count + MediaColumns.count).map { note in
                    Correction(
                        note: note,
                        at: Date(timeIntervalSince1970: row.double(19 + SectionColumns.count + MediaColumns.count))
                    )
                }
            )
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


