import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func saveSettings(_ settings: SiteSettings) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO site_settings (id, name, tagline, logo_hash, copyright, digits, time_zone)
                    VALUES (1, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET
                        name = excluded.name, tagline = excluded.tagline, logo_hash = excluded.logo_hash,
                        copyright = excluded.copyright, digits = excluded.digits, time_zone = excluded.time_zone
                    """,
                arguments: [
                    settings.name, settings.tagline, settings.logo?.hash, settings.copyright,
                    settings.digits.rawValue, settings.timeZoneIdentifier,
                ]
            )
            try db.execute(sql: "DELETE FROM site_social_links")
            for (position, link) in settings.socialLinks.enumerated() {
                try db.execute(
                    sql: "INSERT INTO site_social_links (position, network, label, url) VALUES (?, ?, ?, ?)",
                    arguments: [position, link.network.rawValue, link.label, link.url]
                )
            }
        }
    }

    public func createSection(slug: String, name: String) async throws -> Section {
        guard Slug.isValidASCII(slug), !Section.reservedSlugs.contains(slug) else {
            throw StoreError.invalidSectionSlug(slug)
        }
        return try await pool.write { db in
            if try SectionRecord.filter(Column("slug") == slug).fetchCount(db) > 0 {
                throw StoreError.sectionSlugTaken(slug)
            }
            let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM sections") ?? 0) + 1
            return try SectionRecord(slug: slug, name: name, position: position).inserted(db).section
        }
    }

    public func createAuthor(slug: String, name: String, bio: String) async throws -> Author {
        try await pool.write { db in
            if try AuthorRecord.filter(Column("slug") == slug).fetchCount(db) > 0 {
                throw StoreError.authorSlugTaken(slug)
            }
            return try AuthorRecord(id: nil, slug: slug, name: name, bio: bio).inserted(db).author
        }
    }

    public func addMedia(_ asset: MediaAsset) async throws -> MediaAsset {
        try await pool.write { db in
            if let existing = try MediaRecord.fetchOne(db, key: asset.hash) { return existing.asset }
            try MediaRecord(asset, createdAt: Date()).insert(db)
            return asset
        }
    }

    public func endBreakingItem(id: Int64, at date: Date) async throws -> Bool {
        try await pool.write { db in
            try db.run(
                "UPDATE breaking_items SET expires_at = ? WHERE id = ? AND starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)",
                [date.timeIntervalSince1970, id, date.timeIntervalSince1970, date.timeIntervalSince1970]
            )
            return db.changesCount > 0
        }
    }

    public func postBreakingItem(text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?) async throws
        -> BreakingItem
    {
        try await pool.write { db in
            if let articleID, try ArticleRecord.fetchOne(db, key: articleID.rawValue) == nil {
                throw StoreError.articleNotFound(articleID)
            }
            try db.execute(
                sql: "INSERT INTO breaking_items (text, article_id, starts_at, expires_at) VALUES (?, ?, ?, ?)",
                arguments: [
                    text.trimmedForNews, articleID?.rawValue, startsAt.timeIntervalSince1970,
                    expiresAt?.timeIntervalSince1970,
                ]
            )
            let id = db.lastInsertedRowID
            let link = try articleID.flatMap { try Self.article(db, id: $0, readingMarkdown: false)?.path }
            return BreakingItem(id: id, text: text.trimmedForNews, link: link, startsAt: startsAt, expiresAt: expiresAt)
        }
    }
}
