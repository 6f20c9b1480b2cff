import Foundation

/// What a card or a list item needs to show an article: its headline, where it lives,
/// a thumbnail and a date. Lists and related-news cards are built from teasers.
public struct ArticleTeaser: Sendable, Hashable {
    public var id: ArticleID
    public var slug: String
    public var kicker: String?
    public var headline: String
    public var summary: String
    public var section: Section
    public var heroImage: MediaAsset?
    public var publishedAt: Date
    /// See `Article.sourceID`.
    public var sourceID: String?

    public init(
        id: ArticleID,
        slug: String,
        kicker: String?,
        headline: String,
        summary: String,
        section: Section,
        heroImage: MediaAsset?,
        publishedAt: Date,
        sourceID: String? = nil
    ) {
        self.id = id
        self.slug = slug
        self.kicker = kicker
        self.headline = headline
        self.summary = summary
        self.section = section
        self.heroImage = heroImage
        self.publishedAt = publishedAt
        self.sourceID = sourceID
    }

    public var path: String { ArticlePath.make(section: section.slug, id: id, slug: slug) }
}
