/// The `<head>` facts of a page.
struct PageHead: Sendable, Hashable {
    /// The full `<title>`, site name included.
    var title: String
    var description: String
    /// Absolute canonical URL, or nil for pages that have none (errors).
    var canonicalURL: String?
    /// Feeds of the list this page shows or belongs to, besides the site's own, which every
    /// page announces.
    var listFeeds: [FeedLink] = []
    /// OpenGraph (`property`) and Twitter (`name`) meta tags, in order.
    var socialMeta: [SocialMeta] = []
    /// JSON-LD blocks (schema.org), each already serialised for a script element.
    var structuredData: [JSONLD] = []
    /// An article page's cards and JSON-LD, written by `ArticleMetadataView`.
    var article: ArticleMetadata?
}

/// A `<link rel="alternate">` to a feed.
struct FeedLink: Sendable, Hashable {
    var title: String
    var type: String
    var href: String
}

/// One `<meta>` of the social cards.
struct SocialMeta: Sendable, Hashable {
    enum Attribute: Sendable, Hashable {
        /// OpenGraph's `property=`.
        case property
        /// Twitter's `name=`.
        case name
    }

    var attribute: Attribute
    var key: String
    var content: String

    static func og(_ key: String, _ content: String) -> SocialMeta {
        SocialMeta(attribute: .property, key: key, content: content)
    }
    static func twitter(_ key: String, _ content: String) -> SocialMeta {
        SocialMeta(attribute: .name, key: key, content: content)
    }
}
