import Foundation
import SahifaCore

/// The statements that keep the site's settings, sections, bylines, pictures and ticker, the
/// same on both stores, with the arguments each takes.
package enum SiteStatements {
    /// The site's one settings row, made or replaced; arguments from `settings(_:)`.
    package static let saveSettings = """
        INSERT INTO site_settings (id, name, tagline, logo_hash, copyright, digits, time_zone)
        VALUES (1, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, tagline = excluded.tagline, logo_hash = excluded.logo_hash,
            copyright = excluded.copyright, digits = excluded.digits, time_zone = excluded.time_zone
        """

    package static func settings(_ settings: SiteSettings) -> [StoreValue] {
        StoreValue.list(
            settings.name, settings.tagline, settings.logo?.hash, settings.copyright, settings.digits.rawValue,
            settings.timeZoneIdentifier
        )
    }

    package static let clearSocialLinks = "DELETE FROM site_social_links"

    package static let addSocialLink =
        "INSERT INTO site_social_links (position, network, label, url) VALUES (?, ?, ?, ?)"

    package static func socialLink(_ link: SocialLink, at position: Int) -> [StoreValue] {
        StoreValue.list(position, link.network.rawValue, link.label, link.url)
    }

    /// Adds a section at the end of the navigation and answers it, read by `SectionColumns`;
    /// `?` for slug and name. No row when the slug is taken.
    package static let createSection = """
        INSERT INTO sections (slug, name, position)
        VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM sections))
        ON CONFLICT (slug) DO NOTHING RETURNING id, slug, name, position
        """

    /// The sections' slugs in navigation order.
    package static let sectionOrder = "SELECT slug FROM sections ORDER BY position, id"

    /// `?` for the position and the slug.
    package static let placeSection = "UPDATE sections SET position = ? WHERE slug = ?"

    /// `?` for the name and the slug.
    package static let renameSection = "UPDATE sections SET name = ? WHERE slug = ?"

    /// Adds a byline and answers its id; `?` for slug, name and bio. No row when the slug is taken.
    package static let createAuthor =
        "INSERT INTO authors (slug, name, bio) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING RETURNING id"

    /// The picture with this hash, read by `MediaColumns.asset(in:at:)`.
    package static let picture = "SELECT \(MediaColumns.list("m")) FROM media m WHERE m.hash = ?"

    /// The newest pictures whose alt text, caption or credit holds the text, read by
    /// `MediaColumns.asset(in:at:)`; arguments from `findingPictures(_:limit:)`.
    package static let picturesMatching = """
        SELECT \(MediaColumns.list("m")) FROM media m WHERE \(ContainsPattern.condition(["m.alt", "m.caption", "m.credit"]))
        ORDER BY m.created_at DESC, m.hash LIMIT ?
        """

    package static func findingPictures(_ text: String, limit: Int) -> [StoreValue] {
        ContainsPattern(text).arguments(columns: 3) + [.integer(Int64(limit))]
    }

    /// Records a picture; arguments from `adding(_:at:)`.
    package static let addPicture = """
        INSERT INTO media (hash, kind, alt, caption, credit, width, height, byte_count, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    package static func adding(_ asset: MediaAsset, at date: Date) -> [StoreValue] {
        StoreValue.list(
            asset.hash, asset.kind.rawValue, asset.alt, asset.caption, asset.credit, asset.width, asset.height,
            asset.byteCount, date
        )
    }

    /// Says where a picture's subject is; arguments from `focusing(_:on:)`. Answers the hash, so
    /// an unknown picture answers no row.
    package static let focusPicture = """
        UPDATE media SET focus_x = ?, focus_y = ?, focus_shapes = ? WHERE hash = ? RETURNING hash
        """

    package static func focusing(_ focus: PictureFocus, on hash: String) -> [StoreValue] {
        [
            focus.point.map { .double($0.x) } ?? .null, focus.point.map { .double($0.y) } ?? .null,
            .text(focus.shapesText), .text(hash),
        ]
    }

    /// Ends a ticker line that is on the ticker now, answering its text and article; arguments
    /// from `ending(_:at:)`.
    package static let endBreakingItem = """
        UPDATE breaking_items SET expires_at = ?
        WHERE id = ? AND starts_at <= ? AND (expires_at IS NULL OR expires_at > ?)
        RETURNING text, article_id
        """

    package static func ending(_ id: Int64, at date: Date) -> [StoreValue] {
        StoreValue.list(date, id, date, date)
    }

    /// Puts a line on the ticker; arguments from `posting(_:)`.
    package static let postBreakingItem =
        "INSERT INTO breaking_items (text, article_id, starts_at, expires_at) VALUES (?, ?, ?, ?)"

    package static func posting(_ line: BreakingLine) -> [StoreValue] {
        StoreValue.list(line.text, line.articleID, line.startsAt, line.expiresAt)
    }
}

/// A ticker line as the newsroom posts it, its text trimmed as readers will see it.
package struct BreakingLine {
    package let text: String
    package let articleID: ArticleID?
    package let startsAt: Date
    package let expiresAt: Date?

    package init(text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?) {
        self.text = text.trimmedForNews
        self.articleID = articleID
        self.startsAt = startsAt
        self.expiresAt = expiresAt
    }

    /// The path the line links to: its article's, which must be one a line may link to
    /// (`BreakingDraft.canLink(to:)`).
    /// - Throws: `StoreError.articleNotFound` when the article is unknown or not published.
    package func link(to article: Article?) throws -> String? {
        guard let articleID else { return nil }
        guard let article, BreakingDraft.canLink(to: article) else { throw StoreError.articleNotFound(articleID) }
        return article.path
    }

    /// The line as the ticker shows it, once saved as `id`; `link` is its article's path.
    package func item(id: Int64, link: String?) -> BreakingItem {
        BreakingItem(id: id, text: text, link: link, startsAt: startsAt, expiresAt: expiresAt)
    }
}
