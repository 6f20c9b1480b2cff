/// A section of the paper (قسم), e.g. العالم at `/world`.
public struct Section: Sendable, Hashable {
    public var id: Int64
    /// ASCII slug; it is the first segment of every article URL in the section.
    public var slug: String
    /// The Arabic name shown in navigation and as the article's section label.
    public var name: String
    /// Place in the navigation, smallest first.
    public var position: Int

    public init(id: Int64, slug: String, name: String, position: Int) {
        self.id = id
        self.slug = slug
        self.name = name
        self.position = position
    }

    public var path: String { "/" + slug }

    /// First path segments the site itself uses; a section may not take them.
    public static let reservedSlugs: Set<String> = [
        "api", "assets", "author", "feeds", "healthz", "live", "media", "metrics", "newsroom", "pages",
        "robots.txt", "search", "sitemap.xml", "news-sitemap.xml", "sitemaps", "tag", "favicon.ico",
    ]
}
