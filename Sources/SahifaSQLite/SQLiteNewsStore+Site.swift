import Foundation
import GRDB
import SahifaCore
import SahifaStore

extension SQLiteNewsStore {
    public func saveSettings(_ settings: SiteSettings) async throws {
        try settings.validate()
        try await write(announcing: NewsChange([.site])) { db in
            try db.run(SiteStatements.saveSettings, arguments: SiteStatements.settings(settings))
            try db.run(SiteStatements.clearSocialLinks)
            for (position, link) in settings.socialLinks.enumerated() {
                try db.run(SiteStatements.addSocialLink, arguments: SiteStatements.socialLink(link, at: position))
            }
        }
    }

    public func createSection(slug: String, name: String) async throws -> Section {
        try SectionOrder.checkNewSlug(slug)
        return try await write(announcing: NewsChange([.site])) { db in
            let created = try db.firstRow(SiteStatements.createSection, arguments: [slug, name]) {
                try SectionColumns.section(in: $0, at: 0)
            }
            guard let created else { throw StoreError.sectionSlugTaken(slug) }
            return created
        }
    }

    public func createAuthor(slug: String, name: String, bio: String) async throws -> Author {
        let id = try await committing { db in
            try db.firstRow(SiteStatements.createAuthor, arguments: [slug, name, bio]) { $0.int64(0) }
        }
        guard let id else { throw StoreError.authorSlugTaken(slug) }
        return Author(id: id, slug: slug, name: name, bio: bio)
    }

    public func pictures(matching text: String, limit: Int) async throws -> [MediaAsset] {
        try readPage { db in
            try db.rows(SiteStatements.picturesMatching, arguments: SiteStatements.findingPictures(text, limit: limit))
            {
                try MediaColumns.asset(in: $0, at: 0)
            }.compactMap { $0 }
        }
    }

    public func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset {
        try await committing { db in
            let existing = try db.firstRow(SiteStatements.picture, arguments: [asset.hash]) {
                try MediaColumns.asset(in: $0, at: 0)
            }
            if let existing = existing ?? nil { return existing }
            try db.run(SiteStatements.addPicture, arguments: SiteStatements.adding(asset, at: date))
            try AuditTrail.record(.pictureUploaded, article: nil, detail: asset.alt, by: account, at: date, in: db)
            return asset
        }
    }

    public func focusPicture(hash: String, _ focus: PictureFocus, at date: Date, by account: AccountID?) async throws
        -> MediaAsset?
    {
        try await write(announcing: NewsChange([.site])) { db in
            guard
                try db.firstRow(
                    SiteStatements.focusPicture, arguments: SiteStatements.focusing(focus, on: hash), { $0.text(0) })
                    != nil,
                let picture = try db.firstRow(
                    SiteStatements.picture, arguments: [hash], { try MediaColumns.asset(in: $0, at: 0) }) ?? nil
            else { return nil }
            try AuditTrail.record(.pictureFocused, article: nil, detail: picture.alt, by: account, at: date, in: db)
            return picture
        }
    }

    public func updateSection(slug: String, name: String, position: Int) async throws {
        try await write(announcing: NewsChange([.site])) { db in
            let order = try db.rows(SiteStatements.sectionOrder) { $0.text(0) }
            for step in try SectionOrder.statements(renaming: slug, to: name, at: position, in: order) {
                try db.run(step.sql, arguments: step.arguments)
            }
        }
    }

    public func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool {
        try await write(announcing: NewsChange([.breaking])) { db in
            let ended = try db.firstRow(SiteStatements.endBreakingItem, arguments: SiteStatements.ending(id, at: date))
            {
                ($0.text(0), $0.optionalInt64(1).map { ArticleID($0) })
            }
            guard let (text, article) = ended else { return false }
            try AuditTrail.record(.breakingEnded, article: article, detail: text, by: account, at: date, in: db)
            return true
        }
    }

    public func postBreakingItem(
        text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?
    ) async throws -> BreakingItem {
        let line = BreakingLine(text: text, articleID: articleID, startsAt: startsAt, expiresAt: expiresAt)
        return try await write(announcing: NewsChange([.breaking])) { db in
            let link = try line.link(to: articleID.flatMap { try Self.article(db, id: $0, readingMarkdown: false) })
            let id = try db.insertedID(SiteStatements.postBreakingItem, arguments: SiteStatements.posting(line))
            try AuditTrail.record(
                .breakingPosted, article: articleID, detail: line.text, by: account, at: startsAt, in: db)
            return line.item(id: id, link: link)
        }
    }

    /// The pictures of the library with these hashes, by hash; a hash not found is absent.
    static func pictures(_ hashes: [String], in db: Database) throws -> [String: MediaAsset] {
        var found: [String: MediaAsset] = [:]
        for hash in hashes {
            found[hash] =
                try db.firstRow(SiteStatements.picture, arguments: [hash]) { try MediaColumns.asset(in: $0, at: 0) }
                ?? nil
        }
        return found
    }
}
