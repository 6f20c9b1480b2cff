import Foundation

/// A page outside the news (صفحة ثابتة): "من نحن", "اتصل بنا", the privacy policy. It has no
/// section, byline or date line, lives at `/pages/{slug}`, and may be listed in the footer.
public struct StaticPage: Sendable, Hashable {
    public var id: Int64
    /// Arabic letters allowed, as for articles.
    public var slug: String
    public var title: String
    public var body: ArticleBody
    public var isPublished: Bool
    /// Place in the footer menu, smallest first; nil keeps the page out of it.
    public var menuPosition: Int?
    public var updatedAt: Date

    public init(
        id: Int64, slug: String, title: String, body: ArticleBody, isPublished: Bool, menuPosition: Int?,
        updatedAt: Date
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.body = body
        self.isPublished = isPublished
        self.menuPosition = menuPosition
        self.updatedAt = updatedAt
    }

    public var path: String { Self.path(slug: slug) }

    /// The first segment every static page's path starts with; no section may take it.
    public static let pathPrefix = "pages"

    public static func path(slug: String) -> String { PercentEncoding.path("/" + pathPrefix + "/", slug) }
}
