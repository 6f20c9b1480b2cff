import Foundation

/// An article arriving from elsewhere: an archive being moved in, a wire service, another
/// publishing system. Its `sourceID` identifies it across imports.
///
/// A news archive gives only the first seven fields, and its articles are published with their
/// text as plain paragraphs. A whole site moving in (a WordPress export) says more: the slug,
/// the body in our Markdown, the status, tags, bylines, hero and search fields.
public struct ImportedArticle: Sendable, Hashable {
    public var sourceID: String
    public var headline: String
    public var summary: String
    /// Plain text, one paragraph per line; used when `bodyMarkdown` is nil.
    public var bodyText: String
    /// The section's ASCII slug; the section is created with `sectionName` when missing.
    public var sectionSlug: String
    public var sectionName: String
    /// When it was published, or, for a scheduled article, when it goes out.
    public var publishedAt: Date
    /// The slug it had where it came from; nil makes one from the headline.
    public var slug: String?
    public var kicker: String
    /// The body in Sahifa's Markdown; its pictures are in `pictures`.
    public var bodyMarkdown: String?
    /// Every picture the body or the hero names, already in the media library.
    public var pictures: [MediaAsset]
    public var status: ArticleStatus
    public var tagNames: [String]
    /// Bylines by author slug, in order; each author must already exist.
    public var authorSlugs: [String]
    public var heroImageHash: String?
    public var seo: SEOFields
    /// When it was written and last changed where it came from; nil for `publishedAt`.
    public var createdAt: Date?
    public var updatedAt: Date?

    public init(
        sourceID: String,
        headline: String,
        summary: String,
        bodyText: String,
        sectionSlug: String,
        sectionName: String,
        publishedAt: Date,
        slug: String? = nil,
        kicker: String = "",
        bodyMarkdown: String? = nil,
        pictures: [MediaAsset] = [],
        status: ArticleStatus = .published,
        tagNames: [String] = [],
        authorSlugs: [String] = [],
        heroImageHash: String? = nil,
        seo: SEOFields = SEOFields(),
        createdAt: Date? = nil,
        updatedAt: Date? = nil
    ) {
        self.sourceID = sourceID
        self.headline = headline
        self.summary = summary
        self.bodyText = bodyText
        self.sectionSlug = sectionSlug
        self.sectionName = sectionName
        self.publishedAt = publishedAt
        self.slug = slug
        self.kicker = kicker
        self.bodyMarkdown = bodyMarkdown
        self.pictures = pictures
        self.status = status
        self.tagNames = tagNames
        self.authorSlugs = authorSlugs
        self.heroImageHash = heroImageHash
        self.seo = seo
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether it says more than a news archive does, so its tags, bylines and the rest are saved.
    public var isWholeStory: Bool {
        bodyMarkdown != nil || status != .published || !tagNames.isEmpty || !authorSlugs.isEmpty
            || heroImageHash != nil || slug != nil || !kicker.isEmpty || seo != SEOFields()
    }
}

extension ImportedArticle {
    /// The article with the stray controls taken out of every text an import brings
    /// (`String.withoutControlCharacters`), before it is prepared and checked.
    public var withoutControlCharacters: ImportedArticle {
        var article = self
        article.headline = headline.withoutControlCharacters
        article.summary = summary.withoutControlCharacters
        article.bodyText = bodyText.withoutControlCharacters
        article.sectionName = sectionName.withoutControlCharacters
        article.slug = slug?.withoutControlCharacters
        article.kicker = kicker.withoutControlCharacters
        article.bodyMarkdown = bodyMarkdown?.withoutControlCharacters
        article.tagNames = tagNames.map(\.withoutControlCharacters)
        article.seo.title = seo.title?.withoutControlCharacters
        article.seo.description = seo.description?.withoutControlCharacters
        return article
    }
}
