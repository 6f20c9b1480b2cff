import Foundation

/// An article arriving from elsewhere, already published there: an archive being moved in,
/// a wire service. Its `sourceID` identifies it across imports.
public struct ImportedArticle: Sendable, Hashable {
    public var sourceID: String
    public var headline: String
    public var summary: String
    /// Plain text, one paragraph per line.
    public var bodyText: String
    /// The section's ASCII slug; the section is created with `sectionName` when missing.
    public var sectionSlug: String
    public var sectionName: String
    public var publishedAt: Date

    public init(
        sourceID: String,
        headline: String,
        summary: String,
        bodyText: String,
        sectionSlug: String,
        sectionName: String,
        publishedAt: Date
    ) {
        self.sourceID = sourceID
        self.headline = headline
        self.summary = summary
        self.bodyText = bodyText
        self.sectionSlug = sectionSlug
        self.sectionName = sectionName
        self.publishedAt = publishedAt
    }
}
