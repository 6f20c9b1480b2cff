import Foundation
import SahifaCore

/// A static page's row, read by position.
package enum StaticPageColumns {
    /// The published page with slug `?`.
    package static let publishedBySlug = """
        SELECT id, slug, title, body_markdown, body_html, is_published, menu_position, updated_at
        FROM static_pages WHERE slug = ? AND is_published = true
        """

    package static func page(in row: some StoreRow) throws -> StaticPage {
        StaticPage(
            id: try row.int64(0), slug: try row.text(1), title: try row.text(2),
            body: ArticleBody(
                markdown: try row.text(3), html: TrustedHTML(storedRendering: try row.text(4)), relatedArticleIDs: []),
            isPublished: try row.bool(5), menuPosition: try row.optionalInt64(6).map { Int($0) },
            updatedAt: Date(timeIntervalSince1970: try row.double(7))
        )
    }
}
