import ArabicText
import Foundation
import SahifaCore

extension PostgresNewsStore {
    public func saveSettings(_ settings: SiteSettings) async throws {
        try await write(announcing: NewsChange([.site])) { db in
            try await db.run(
                """
                INSERT INTO site_settings (id, name, tagline, logo_hash, copyright, digits, time_zone)
                VALUES (1, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                    name = excluded.name, tagline = excluded.tagline, logo_hash = excluded.logo_hash,
                    copyright = excluded.copyright, digits = excluded.digits, time_zone = excluded.time_zone
                """,
                [
                    settings.name, settings.tagline, settings.logo?.hash, settings.copyright,
                    settings.digits.rawValue, settings.timeZoneIdentifier,
                ]
            )
            try await db.run("DELETE FROM site_social_links")
            for (position, link) in settings.socialLinks.enumerated() {
                try await db.run(
                    "INSERT INTO site_social_links (position, network, label, url) VALUES (?, ?, ?, ?)",
                    [position, link.network.rawValue, link.label, link.url]
                )
            }
        }
    }

    public func createSection(slug: String, name: String) async throws -> Section {
        guard Slug.isValidASCII(slug), !Section.reservedSlugs.contains(slug) else {
            throw StoreError.invalidSectionSlug(slug)
        }
        return try await write(announcing: NewsChange([.site])) { db in
            if try await db.firstRow("SELECT 1 FROM sections WHERE slug = ?", [slug], { _ in true }) != nil {
                throw StoreError.sectionSlugTaken(slug)
            }
            let position =
                try await db.firstRow("SELECT COALESCE(MAX(position), 0) + 1 FROM sections") { try $0.int(0) } ?? 1
            let id = try await db.insertedID(
                "INSERT INTO sections (slug, name, position) VALUES (?, ?, ?) RETURNING id", [slug, name, position]
            )
            return Section(id: id, slug: slug, name: name, position: position)
        }
    }

    public func createAuthor(slug: String, name: String, bio: String) async throws -> Author {
        try await write { db in
            if try await db.firstRow("SELECT 1 FROM authors WHERE slug = ?", [slug], { _ in true }) != nil {
                throw StoreError.authorSlugTaken(slug)
            }
            let id = try await db.insertedID(
                "INSERT INTO authors (slug, name, bio) VALUES (?, ?, ?) RETURNING id", [slug, name, bio]
            )
            return Author(id: id, slug: slug, name: name, bio: bio)
        }
    }

    public func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset {
        try await write { db in
            let existing = try await db.firstRow(
                "SELECT \(MediaColumns.list("m")) FROM media m WHERE m.hash = ?", [asset.hash]
            ) { try MediaColumns.asset(in: $0, at: 0) }
            if let existing = existing ?? nil { return existing }
            try await db.run(
                """
                INSERT INTO media (hash, kind, alt, caption, credit, width, height, byte_count, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    asset.hash, asset.kind.rawValue, asset.alt, asset.caption, asset.credit, asset.width,
                    asset.height, asset.byteCount, date.timeIntervalSince1970,
                ]
            )
            try await PostgresAuditTrail.record(
                .pictureUploaded, article: nil, detail: asset.alt, by: account, at: date, in: db)
            return asset
        }
    }

    public func updateSection(slug: String, name: String, position: Int) async throws {
        try await write(announcing: NewsChange([.site])) { db in
            let ordered = try await db.rows("SELECT slug FROM sections ORDER BY position, id") { try $0.text(0) }
            guard let current = ordered.firstIndex(of: slug) else { throw StoreError.sectionNotFound(slug) }
            var order = ordered
            order.remove(at: current)
            order.insert(slug, at: min(max(position, 1), order.count + 1) - 1)
            for (index, each) in order.enumerated() {
                try await db.run("UPDATE sections SET position = ? WHERE slug = ?", [index + 1, each])
            }
            try await db.run("UPDATE sections SET name = ? WHERE slug = ?", [name.trimmedForNews, slug])
        }
    }

    public func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool {
        try await write(announcing: NewsChange([.breaking])) { db in
            let at = date.timeIntervalSince1970
            let ended = try await db.firstRow(
                """
                UPDATE breaking_items SET expires_at = ?
                WHERE id = ? AND starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)
                RETURNING text, article_id
                """,
                [at, id, at, at]
            ) { (try $0.text(0), try $0.optionalInt64(1).map { ArticleID($0) }) }
            guard let (text, articleID) = ended else { return false }
            try await PostgresAuditTrail.record(
                .breakingEnded, article: articleID, detail: text, by: account, at: date, in: db)
            return true
        }
    }

    public func postBreakingItem(
        text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?
    )
        async throws -> BreakingItem
    {
        try await write(announcing: NewsChange([.breaking])) { db in
            var link: String?
            if let articleID {
                guard let article = try await Self.article(db, id: articleID, readingMarkdown: false) else {
                    throw StoreError.articleNotFound(articleID)
                }
                link = article.path
            }
            let id = try await db.insertedID(
                "INSERT INTO breaking_items (text, article_id, starts_at, expires_at) VALUES (?, ?, ?, ?) RETURNING id",
                [
                    text.trimmedForNews, articleID?.rawValue, startsAt.timeIntervalSince1970,
                    expiresAt?.timeIntervalSince1970,
                ]
            )
            try await PostgresAuditTrail.record(
                .breakingPosted, article: articleID, detail: text.trimmedForNews, by: account, at: startsAt, in: db
            )
            return BreakingItem(id: id, text: text.trimmedForNews, link: link, startsAt: startsAt, expiresAt: expiresAt)
        }
    }
}
