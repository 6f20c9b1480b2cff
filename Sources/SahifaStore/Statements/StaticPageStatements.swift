import Foundation
import SahifaCore

/// The newsroom's statements for static pages, the same on both stores.
package enum StaticPageStatements {
    private static let columns = "id, slug, title, body_markdown, body_html, is_published, menu_position, updated_at"

    /// Every page, footer pages first in their order, then the rest by title.
    package static let all =
        "SELECT \(columns) FROM static_pages ORDER BY menu_position IS NULL, menu_position, title, id"

    package static let byID = "SELECT \(columns) FROM static_pages WHERE id = ?"

    /// Arguments from `saving(_:html:at:)`; answers no row when the slug is taken.
    package static let insert = """
        INSERT INTO static_pages (slug, title, body_markdown, body_html, is_published, menu_position, created_at,
            updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (slug) DO NOTHING
        """

    /// Arguments from `saving(_:html:at:)` and the page's id; changes nothing when the slug is another page's.
    package static let update = """
        UPDATE static_pages SET slug = ?, title = ?, body_markdown = ?, body_html = ?, is_published = ?,
            menu_position = ?, updated_at = ?
        WHERE id = ? AND NOT EXISTS (SELECT 1 FROM static_pages o WHERE o.slug = ? AND o.id <> ?)
        """

    package static func inserting(_ draft: StaticPageDraft, html: String, at date: Date) -> [StoreValue] {
        StoreValue.list(
            draft.effectiveSlug, draft.trimmedTitle, draft.bodyMarkdown, html, draft.isPublished, draft.menuPosition,
            date, date)
    }

    package static func updating(id: Int64, _ draft: StaticPageDraft, html: String, at date: Date) -> [StoreValue] {
        StoreValue.list(
            draft.effectiveSlug, draft.trimmedTitle, draft.bodyMarkdown, html, draft.isPublished, draft.menuPosition,
            date, id, draft.effectiveSlug, id)
    }

    /// The body's HTML, given the pictures the store found of those it names.
    /// - Throws: `InvalidStaticPage` naming each picture not found.
    package static func html(of draft: StaticPageDraft, found: [String: MediaAsset]) throws -> String {
        let parsed = try ParsedBody(draft.bodyMarkdown)
        let missing = parsed.references.imageHashes.filter { found[$0] == nil }
        guard missing.isEmpty else { throw InvalidStaticPage(problems: missing.map { .unknownPicture($0) }) }
        return try BodyRenderer(media: found).render(parsed).html.html
    }

    /// The hashes of the pictures a draft's body names, for the store to look up.
    package static func pictures(in draft: StaticPageDraft) -> [String] {
        (try? BodyRenderer.references(in: draft.bodyMarkdown).imageHashes) ?? []
    }
}
