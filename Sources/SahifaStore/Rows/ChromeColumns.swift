import Foundation
import SahifaCore

/// How the site chrome (settings, social links, sections, breaking items) is selected and
/// read back, in both stores.
package enum ChromeColumns {
    package static let sections = "SELECT \(SectionColumns.list("s")) FROM sections s ORDER BY s.position, s.id"

    /// Rows read by `socialLink(_:)`.
    /// The published static pages in the footer menu, in order.
    package static let footerPages = """
        SELECT title, slug FROM static_pages WHERE is_published = true AND menu_position IS NOT NULL
        ORDER BY menu_position, id
        """

    package static func footerPage(_ row: some StoreRow) throws -> StaticPageLink {
        StaticPageLink(title: try row.text(0), path: StaticPage.path(slug: try row.text(1)))
    }

    package static let socialLinks = "SELECT network, label, url FROM site_social_links ORDER BY position"

    /// A social link; nil for a network this version does not know.
    package static func socialLink(_ row: some StoreRow) throws -> SocialLink? {
        guard let network = SocialNetwork(rawValue: try row.text(0)) else { return nil }
        return SocialLink(network: network, label: try row.text(1), url: try row.text(2))
    }

    /// The one settings row, read by `settings(_:socialLinks:)`; none before the first save.
    package static let settings = """
        SELECT st.name, st.tagline, st.copyright, st.digits, st.time_zone, \(MediaColumns.list("m"))
        FROM site_settings st LEFT JOIN media m ON m.hash = st.logo_hash WHERE st.id = 1
        """

    package static func settings(_ row: some StoreRow, socialLinks: [SocialLink]) throws -> SiteSettings {
        SiteSettings(
            name: try row.text(0),
            tagline: try row.text(1),
            logo: try MediaColumns.asset(in: row, at: 5),
            socialLinks: socialLinks,
            copyright: try row.text(2),
            digits: .init(rawValue: try row.text(3)) ?? .arabicIndic,
            timeZoneIdentifier: try row.text(4)
        )
    }

    /// Breaking items with the path of the published article each links to; each store adds
    /// which items and their order. Rows read by `breakingItem(_:)`.
    package static let breaking = """
        SELECT b.id, b.text, b.starts_at, b.expires_at, a.id, a.slug, s.slug
        FROM breaking_items b
        LEFT JOIN articles a ON a.id = b.article_id AND a.status = 'published'
        LEFT JOIN sections s ON s.id = a.section_id
        """

    /// A breaking item, linked only while its article is published.
    /// The ticker's lines not yet expired at `?` (including ones that start later), newest
    /// first, read by `breakingItem(_:)`; `SiteChromeSnapshot.chrome(at:)` keeps those live.
    package static let unexpiredBreaking =
        breaking + """
             WHERE b.expires_at IS NULL OR b.expires_at > ?
            ORDER BY b.starts_at DESC, b.id DESC LIMIT 100
            """

    package static func breakingItem(_ row: some StoreRow) throws -> BreakingItem {
        var link: String?
        if let articleID = try row.optionalInt64(4), let section = try row.optionalText(6) {
            link = ArticlePath.make(section: section, id: ArticleID(articleID), slug: try row.text(5))
        }
        return BreakingItem(
            id: try row.int64(0),
            text: try row.text(1),
            link: link,
            startsAt: Date(timeIntervalSince1970: try row.double(2)),
            expiresAt: try row.optionalDouble(3).map(Date.init(timeIntervalSince1970:))
        )
    }
}
