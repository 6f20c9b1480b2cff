import Foundation

/// A news article as the newsroom and the reader site see it, with its section,
/// tags, bylines and hero image resolved.
public struct Article: Sendable, Hashable {
    public var id: ArticleID
    /// The URL slug; Arabic letters allowed. An old slug still reaches the article by a 301.
    public var slug: String
    /// The short line above the headline (e.g. "قمة C5+1"); optional.
    public var kicker: String?
    public var headline: String
    /// The dek: one or two sentences under the headline.
    public var summary: String
    public var body: ArticleBody
    public var heroImage: MediaAsset?
    public var section: Section
    public var tags: [Tag]
    /// Bylines, in the order the editor gave them.
    public var authors: [Author]
    public var status: ArticleStatus
    /// An editor's mark for stories that may lead the home page.
    public var isFeatured: Bool
    public var seo: SEOFields
    public var createdAt: Date
    /// When the article was first published; nil until then.
    public var publishedAt: Date?
    /// When the published text last changed; shown as "updated" when later than `publishedAt`.
    public var updatedAt: Date
    /// Counts saves: revision 1 is the first save.
    public var revision: Int
    /// The id the article had where it came from (an imported archive, a wire service), so a
    /// second import updates it instead of adding a copy; nil for articles written here.
    public var sourceID: String?
    /// The newsroom account that drafted it; nil for imported and demo articles.
    public var createdBy: AccountID?
    /// No publishing before this time (حظر النشر), whoever asks.
    public var embargoUntil: Date?
    /// A correction an editor noted on the published article, shown to readers with its time.
    public var correction: Correction?

    public init(
        id: ArticleID,
        slug: String,
        kicker: String?,
        headline: String,
        summary: String,
        body: ArticleBody,
        heroImage: MediaAsset?,
        section: Section,
        tags: [Tag],
        authors: [Author],
        status: ArticleStatus,
        isFeatured: Bool,
        seo: SEOFields,
        createdAt: Date,
        publishedAt: Date?,
        updatedAt: Date,
        revision: Int,
        sourceID: String? = nil,
        createdBy: AccountID? = nil,
        embargoUntil: Date? = nil,
        correction: Correction? = nil
    ) {
        self.id = id
        self.slug = slug
        self.kicker = kicker
        self.headline = headline
        self.summary = summary
        self.body = body
        self.heroImage = heroImage
        self.section = section
        self.tags = tags
        self.authors = authors
        self.status = status
        self.isFeatured = isFeatured
        self.seo = seo
        self.createdAt = createdAt
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
        self.revision = revision
        self.sourceID = sourceID
        self.createdBy = createdBy
        self.embargoUntil = embargoUntil
        self.correction = correction
    }

    /// The canonical reader URL path: `/{section}/{id}/{slug}`, slug percent-encoded.
    public var path: String { ArticlePath.make(section: section.slug, id: id, slug: slug) }

    /// The page readers can follow now, nil while they cannot see the article (see
    /// `ArticleStatus.isVisibleToReaders`).
    public var readerPath: String? { status.isVisibleToReaders ? path : nil }

    /// `/{section}/{id}`: answers 301 to `path`, so it stays short and never goes stale; share
    /// links use it.
    public var shortPath: String { "/" + section.slug + "/" + String(id.rawValue) }

    /// Whether the text changed after publication in a way readers should be told about.
    public var wasUpdatedAfterPublishing: Bool {
        guard let publishedAt else { return false }
        return updatedAt.timeIntervalSince(publishedAt) >= 60
    }
}
