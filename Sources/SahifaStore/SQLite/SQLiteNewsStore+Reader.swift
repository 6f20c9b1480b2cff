import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func siteChrome(at now: Date) async throws -> SiteChrome {
        try await pool.read { db in try Self.chrome(db, now: now) }
    }

    public func homePage(_ layout: HomeLayout, page: PageRequest, at now: Date) async throws -> HomePageContent {
        try await pool.read { db in
            let chrome = try Self.chrome(db, now: now)
            let published = "WHERE a.status = 'published'"
            let lead =
                try TeaserRow.fetchAll(db, where: published + " AND a.is_featured ORDER BY a.published_at DESC LIMIT 1")
                .first ?? TeaserRow.fetchAll(db, where: published + " ORDER BY a.published_at DESC LIMIT 1").first
            var shown = Set(lead.map { [$0.id.rawValue] } ?? [])
            let top = try TeaserRow.fetchAll(
                db,
                where: published + " AND a.id <> ? ORDER BY a.published_at DESC LIMIT ?",
                arguments: [lead?.id.rawValue ?? 0, layout.topStories]
            )
            shown.formUnion(top.map(\.id.rawValue))
            var sections: [SectionStories] = []
            for section in chrome.sections {
                // Ask for enough rows to fill the block after skipping stories shown above.
                let stories = try TeaserRow.fetchAll(
                    db,
                    where: published + " AND a.section_id = ? ORDER BY a.published_at DESC LIMIT ?",
                    arguments: [section.id, layout.perSection + shown.count]
                ).filter { !shown.contains($0.id.rawValue) }.prefix(layout.perSection)
                if !stories.isEmpty {
                    sections.append(SectionStories(section: section, stories: Array(stories)))
                }
            }
            let latestRequest = PageRequest(number: page.number, size: layout.latestPageSize)
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articles WHERE status = 'published'") ?? 0
            let latest = try TeaserRow.fetchAll(
                db,
                where: published + " ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?",
                arguments: [latestRequest.size, latestRequest.offset]
            )
            return HomePageContent(
                chrome: chrome,
                lead: lead,
                topStories: top,
                sections: sections,
                latest: Page(items: latest, number: page.number, size: latestRequest.size, totalCount: total)
            )
        }
    }

    public func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent? {
        try await pool.read { db in
            guard let article = try Self.article(db, id: id), article.status.isVisibleToReaders else { return nil }
            let ids = article.body.relatedArticleIDs.map(\.rawValue)
            var cards: [ArticleID: ArticleTeaser] = [:]
            if !ids.isEmpty {
                let marks = databaseQuestionMarks(count: ids.count)
                let teasers = try TeaserRow.fetchAll(
                    db,
                    where: "WHERE a.status = 'published' AND a.id IN (\(marks))",
                    arguments: StatementArguments(ids)
                )
                for teaser in teasers { cards[teaser.id] = teaser }
            }
            return ArticlePageContent(chrome: try Self.chrome(db, now: now), article: article, relatedCards: cards)
        }
    }

    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Section>?
    {
        try await pool.read { db in
            guard let record = try SectionRecord.filter(Column("slug") == slug).fetchOne(db) else { return nil }
            let section = record.section
            let stories = try Self.listing(
                db,
                join: "",
                condition: "a.section_id = ?",
                argument: section.id,
                page: page
            )
            return ListingPageContent(chrome: try Self.chrome(db, now: now), subject: section, stories: stories)
        }
    }

    public func tagPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Tag>? {
        try await pool.read { db in
            guard let tag = try TagRecord.filter(Column("slug") == slug).fetchOne(db)?.tag else { return nil }
            let stories = try Self.listing(
                db,
                join: "JOIN article_tags x ON x.article_id = a.id",
                condition: "x.tag_id = ?",
                argument: tag.id,
                page: page
            )
            return ListingPageContent(chrome: try Self.chrome(db, now: now), subject: tag, stories: stories)
        }
    }

    public func authorPage(slug: String, page: PageRequest, at now: Date) async throws
        -> ListingPageContent<Author>?
    {
        try await pool.read { db in
            guard let author = try AuthorRecord.filter(Column("slug") == slug).fetchOne(db)?.author else {
                return nil
            }
            let stories = try Self.listing(
                db,
                join: "JOIN article_authors x ON x.article_id = a.id",
                condition: "x.author_id = ?",
                argument: author.id,
                page: page
            )
            return ListingPageContent(chrome: try Self.chrome(db, now: now), subject: author, stories: stories)
        }
    }

    public func article(id: ArticleID) async throws -> Article? {
        try await pool.read { db in try Self.article(db, id: id) }
    }

    // MARK: Reading inside a transaction

    static func chrome(_ db: Database, now: Date) throws -> SiteChrome {
        let sections = try SectionRecord.order(Column("position"), Column("id")).fetchAll(db).map(\.section)
        let breaking = try Row.fetchAll(
            db,
            sql: """
                SELECT b.id, b.text, b.starts_at, b.expires_at, a.id AS article_id, a.slug, s.slug AS section_slug
                FROM breaking_items b
                LEFT JOIN articles a ON a.id = b.article_id AND a.status = 'published'
                LEFT JOIN sections s ON s.id = a.section_id
                WHERE b.starts_at <= ? AND (b.expires_at IS NULL OR b.expires_at > ?)
                ORDER BY b.starts_at DESC, b.id DESC
                LIMIT 10
                """,
            arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970]
        ).map { row -> BreakingItem in
            var link: String?
            if let articleID: Int64 = row["article_id"], let section: String = row["section_slug"] {
                link = ArticlePath.make(section: section, id: ArticleID(articleID), slug: row["slug"])
            }
            return BreakingItem(
                id: row["id"],
                text: row["text"],
                link: link,
                startsAt: Date(timeIntervalSince1970: row["starts_at"]),
                expiresAt: (row["expires_at"] as Double?).map(Date.init(timeIntervalSince1970:))
            )
        }
        return SiteChrome(settings: try settings(db), sections: sections, breaking: breaking)
    }

    static func settings(_ db: Database) throws -> SiteSettings {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT st.*, \(MediaRecord.columns("m", prefix: "m_")) FROM site_settings st "
                    + "LEFT JOIN media m ON m.hash = st.logo_hash WHERE st.id = 1"
            )
        else { return .initial }
        let socialJSON: String = row["social_links"]
        let social = (try? JSONDecoder().decode([SocialLink].self, from: Data(socialJSON.utf8))) ?? []
        return SiteSettings(
            name: row["name"],
            tagline: row["tagline"],
            logo: MediaRecord.asset(in: row, prefix: "m_"),
            socialLinks: social,
            copyright: row["copyright"],
            digits: .init(rawValue: row["digits"]) ?? .arabicIndic,
            timeZoneIdentifier: row["time_zone"]
        )
    }

    static func article(_ db: Database, id: ArticleID) throws -> Article? {
        guard let record = try ArticleRecord.fetchOne(db, key: id.rawValue) else { return nil }
        guard let section = try SectionRecord.fetchOne(db, key: record.sectionID)?.section else { return nil }
        let hero = try record.heroHash.flatMap { try MediaRecord.fetchOne(db, key: $0)?.asset }
        let tags = try TagRecord.fetchAll(
            db,
            sql: "SELECT t.* FROM tags t JOIN article_tags x ON x.tag_id = t.id WHERE x.article_id = ? ORDER BY x.position",
            arguments: [id.rawValue]
        ).map(\.tag)
        let authors = try AuthorRecord.fetchAll(
            db,
            sql: "SELECT p.* FROM authors p JOIN article_authors x ON x.author_id = p.id "
                + "WHERE x.article_id = ? ORDER BY x.position",
            arguments: [id.rawValue]
        ).map(\.author)
        let related = try Int64.fetchAll(
            db,
            sql: "SELECT related_id FROM article_related WHERE article_id = ? ORDER BY position",
            arguments: [id.rawValue]
        ).map(ArticleID.init)
        return record.article(section: section, heroImage: hero, tags: tags, authors: authors, related: related)
    }

    /// One page of published stories matching `condition` (one `?`, bound to `argument`).
    private static func listing(
        _ db: Database,
        join: String,
        condition: String,
        argument: Int64,
        page: PageRequest
    ) throws -> Page<ArticleTeaser> {
        let total =
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM articles a \(join) WHERE a.status = 'published' AND \(condition)",
                arguments: [argument]
            ) ?? 0
        let items = try Row.fetchAll(
            db,
            sql: TeaserRow.select + " \(join) WHERE a.status = 'published' AND \(condition) "
                + "ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?",
            arguments: [argument, page.size, page.offset]
        ).map(TeaserRow.teaser)
        return Page(items: items, number: page.number, size: page.size, totalCount: total)
    }
}
