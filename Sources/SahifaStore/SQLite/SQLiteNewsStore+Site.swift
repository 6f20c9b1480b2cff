import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func saveSettings(_ settings: SiteSettings) async throws {
        try await write(announcing: NewsChange([.site])) { db in
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
        return try await write(announcing: NewsChange([.site])) { db in
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

    public func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset {
        try await pool.write { db in
            if let existing = try MediaRecord.fetchOne(db, key: asset.hash) { return existing.asset }
            try MediaRecord(asset, createdAt: date).insert(db)
            try AuditTrail.record(.pictureUploaded, article: nil, detail: asset.alt, by: account, at: date, in: db)
            return asset
        }
    }

    public func updateSection(slug: String, name: String, position: Int) async throws {
        try await write(announcing: NewsChange([.site])) { db in
            let ordered = try db.rows("SELECT slug FROM sections ORDER BY position, id") { $0.text(0) }
            guard let current = ordered.firstIndex(of: slug) else { throw StoreError.sectionNotFound(slug) }
            var order = ordered
            order.remove(at: current)
            order.insert(slug, at: min(max(position, 1), order.count + 1) - 1)
            for (index, each) in order.enumerated() {
                try db.run("UPDATE sections SET position = ? WHERE slug = ?", [index + 1, each])
            }
            try db.run("UPDATE sections SET name = ? WHERE slug = ?", [name.trimmedForNews, slug])
        }
    }

    public func auditLog(page: PageRequest) async throws -> Page<AuditEntry> {
        try readPage { db in
            let total = try db.firstRow(AuditColumns.countQuery) { $0.int(0) } ?? 0
            let entries = try db.rows(AuditColumns.pageQuery, arguments: [page.size, page.offset]) {
                try AuditColumns.entry(in: $0)
            }
            return Page(items: entries, number: page.number, size: page.size, totalCount: total)
        }
    }

    public func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool {
        try await write(announcing: NewsChange([.breaking])) { db in
            try db.run(
                "UPDATE breaking_items SET expires_at = ? WHERE id = ? AND starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)",
                [date.timeIntervalSince1970, id, date.timeIntervalSince1970, date.timeIntervalSince1970]
            )
            guard db.changesCount > 0 else { return false }
            let line = try db.firstRow("SELECT text, article_id FROM breaking_items WHERE id = ?", arguments: [id]) {
                ($0.text(0), $0.optionalInt64(1).map { ArticleID($0) })
            }
            try AuditTrail.record(
                .breakingEnded, article: line?.1, detail: line?.0 ?? "", by: account, at: date, in: db)
            return true
        }
    }

    public func postBreakingItem(
        text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?
    )
        async throws -> BreakingItem
    {
        try await write(announcing: NewsChange([.breaking])) { db in
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
            try AuditTrail.record(
                .breakingPosted, article: articleID, detail: text.trimmedForNews, by: account, at: startsAt, in: db)
            let link = try articleID.flatMap { try Self.article(db, id: $0, readingMarkdown: false)?.path }
            return BreakingItem(id: id, text: text.trimmedForNews, link: link, startsAt: startsAt, expiresAt: expiresAt)
        }
    }
}
