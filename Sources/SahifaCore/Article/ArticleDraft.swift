import Foundation

/// What an editor or an integrator submits to create or change an article: plain text
/// fields as typed, with the section, tags, bylines and hero picture named rather than
/// resolved. `validate()` checks what can be checked without the store.
public struct ArticleDraft: Sendable, Hashable {
    /// Empty means "make one from the headline".
    public var slug: String
    public var kicker: String
    public var headline: String
    public var summary: String
    public var bodyMarkdown: String
    /// Hash of the hero picture in the media library, or nil for none.
    public var heroImageHash: String?
    public var sectionSlug: String
    /// Tag names as typed; new names become new tags.
    public var tagNames: [String]
    public var authorSlugs: [String]
    public var isFeatured: Bool
    public var seo: SEOFields
    /// No publishing before this time; nil for none.
    public var embargoUntil: Date?
    /// A correction to note on the article; empty for none.
    public var correctionNote: String

    public init(
        slug: String = "",
        kicker: String = "",
        headline: String,
        summary: String = "",
        bodyMarkdown: String = "",
        heroImageHash: String? = nil,
        sectionSlug: String,
        tagNames: [String] = [],
        authorSlugs: [String] = [],
        isFeatured: Bool = false,
        seo: SEOFields = SEOFields(),
        embargoUntil: Date? = nil,
        correctionNote: String = ""
    ) {
        self.slug = slug
        self.kicker = kicker
        self.headline = headline
        self.summary = summary
        self.bodyMarkdown = bodyMarkdown
        self.heroImageHash = heroImageHash
        self.sectionSlug = sectionSlug
        self.tagNames = tagNames
        self.authorSlugs = authorSlugs
        self.isFeatured = isFeatured
        self.seo = seo
        self.embargoUntil = embargoUntil
        self.correctionNote = correctionNote
    }
}
