import Foundation

/// One saved version of an article's words (نسخة): what a revision list shows, what a diff
/// compares, and what a restore brings back. Section, tags, bylines and pictures are not
/// versioned; they stay as they are when text is restored.
public struct ArticleRevision: Sendable, Hashable {
    public var articleID: ArticleID
    public var number: Int
    public var savedAt: Date
    public var slug: String
    public var kicker: String
    public var headline: String
    public var summary: String
    public var bodyMarkdown: String

    public init(
        articleID: ArticleID, number: Int, savedAt: Date, slug: String, kicker: String, headline: String,
        summary: String,
        bodyMarkdown: String
    ) {
        self.articleID = articleID
        self.number = number
        self.savedAt = savedAt
        self.slug = slug
        self.kicker = kicker
        self.headline = headline
        self.summary = summary
        self.bodyMarkdown = bodyMarkdown
    }

    /// The revision's words as lines, field by field, for comparing two revisions.
    public var comparableLines: [String] {
        ["# " + headline, "» " + kicker, "« " + summary, ""]
            + bodyMarkdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The article as it would be with this revision's words, everything else unchanged.
    public func applied(to article: Article) -> ArticleDraft {
        ArticleDraft(
            slug: slug,
            kicker: kicker,
            headline: headline,
            summary: summary,
            bodyMarkdown: bodyMarkdown,
            heroImageHash: article.heroImage?.hash,
            sectionSlug: article.section.slug,
            tagNames: article.tags.map(\.name),
            authorSlugs: article.authors.map(\.slug),
            isFeatured: article.isFeatured,
            seo: article.seo,
            embargoUntil: article.embargoUntil,
            correctionNote: article.correction?.note ?? ""
        )
    }
}
