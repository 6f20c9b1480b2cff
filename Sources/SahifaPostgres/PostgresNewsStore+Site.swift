import Foundation
import SahifaCore
import SahifaStore

extension PostgresNewsStore {
    public func saveSettings(_ settings: SiteSettings) async throws {
        try settings.validate()
        try await write(announcing: NewsChange([.site])) { db in
            try await db.run(SiteStatements.saveSettings, SiteStatements.settings(settings))
            try await db.run(SiteStatements.clearSocialLinks)
            for (position, link) in settings.socialLinks.enumerated() {
                try await db.run(SiteStatements.addSocialLink, SiteStatements.socialLink(link, at: position))
            }
        }
    }

    public func createSection(slug: String, name: String) async throws -> Section {
        try SectionOrder.checkNewSlug(slug)
        return try await write(announcing: NewsChange([.site])) { db in
            let created = try await db.firstRow(SiteStatements.createSection, [slug, name]) {
                try SectionColumns.section(in: $0, at: 0)
            }
            guard let created else { throw StoreError.sectionSlugTaken(slug) }
            return created
        }
    }

    public func createAuthor(slug: String, name: String, bio: String) async throws -> Author {
        guard
            let id = try await write({ db in
                try await db.firstRow(SiteStatements.createAuthor, [slug, name, bio]) { try $0.int64(0) }
            })
        else { throw StoreError.authorSlugTaken(slug) }
        return Author(id: id, slug: slug, name: name, bio: bio)
    }

    public func pictures(matching text: String, limit: Int) async throws -> [MediaAsset] {
        try await readPrimary { db in
            try await db.rows(SiteStatements.picturesMatching, SiteStatements.findingPictures(text, limit: limit)) {
                try MediaColumns.asset(in: $0, at: 0)
            }.compactMap { $0 }
        }
    }

    public func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset {
        try await write { db in
            let existing = try await db.firstRow(SiteStatements.picture, [asset.hash]) {
                try MediaColumns.asset(in: $0, at: 0)
            }
            if let existing = existing ?? nil { return existing }
            try await db.run(SiteStatements.addPicture, SiteStatements.adding(asset, at: date))
            try await PostgresAuditTrail.record(
                .pictureUploaded, article: nil, detail: asset.alt, by: account, at: date, in: db)
            return asset
        }
    }

    public func focusPicture(hash: String, _ focus: PictureFocus, at date: Date, by account: AccountID?) async throws
        -> MediaAsset?
    {
        try await write(announcing: NewsChange([.site])) { db in
            guard
                try await db.firstRow(
                    SiteStatements.focusPicture, SiteStatements.focusing(focus, on: hash), { try $0.text(0) }) != nil,
                let picture = try await db.firstRow(
                    SiteStatements.picture, [hash], { try MediaColumns.asset(in: $0, at: 0) }) ?? nil
            else { return nil }
            try await PostgresAuditTrail.record(
                .pictureFocused, article: nil, detail: picture.alt, by: account, at: date, in: db)
            return picture
        }
    }

    public func updateSection(slug: String, name: String, position: Int) async throws {
        try await write(announcing: NewsChange([.site])) { db in
            let sections = try await db.rows(SiteStatements.sectionOrder) { try $0.text(0) }
            for (sql, arguments) in try SectionOrder.statements(renaming: slug, to: name, at: position, in: sections) {
                try await db.run(sql, arguments)
            }
        }
    }

    public func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool {
        try await write(announcing: NewsChange([.breaking])) { db in
            let ended = try await db.firstRow(SiteStatements.endBreakingItem, SiteStatements.ending(id, at: date)) {
                (try $0.text(0), try $0.optionalInt64(1).map { ArticleID($0) })
            }
            guard let (text, articleID) = ended else { return false }
            try await PostgresAuditTrail.record(
                .breakingEnded, article: articleID, detail: text, by: account, at: date, in: db)
            return true
        }
    }

    public func postBreakingItem(
        text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?
    ) async throws -> BreakingItem {
        let line = BreakingLine(text: text, articleID: articleID, startsAt: startsAt, expiresAt: expiresAt)
        return try await write(announcing: NewsChange([.breaking])) { db in
            var article: Article?
            if let articleID { article = try await Self.article(db, id: articleID, readingMarkdown: false) }
            let link = try line.link(to: article)
            let id = try await db.insertedID(SiteStatements.postBreakingItem, SiteStatements.posting(line))
            try await PostgresAuditTrail.record(
                .breakingPosted, article: articleID, detail: line.text, by: account, at: startsAt, in: db)
            return line.item(id: id, link: link)
        }
    }

    /// The pictures of the library with these hashes, by hash, in one statement; a hash not
    /// found is absent.
    static func pictures(_ hashes: [String], in db: PostgresSession) async throws -> [String: MediaAsset] {
        let pictures = try await db.rows(
            "SELECT \(MediaColumns.list("m")) FROM media m WHERE m.hash = ANY(?)", [hashes]
        ) {
            try MediaColumns.asset(in: $0, at: 0)
        }
        var found: [String: MediaAsset] = [:]
        for case let picture? in pictures { found[picture.hash] = picture }
        return found
    }
}
