import SahifaCore

/// Where an article an import saved now lives, published or scheduled: an import points the old
/// site's addresses at it, and a scheduled one answers there once it goes out.
public struct ImportedPlace: Sendable, Equatable {
    public var sourceID: String
    public var id: ArticleID
    public var sectionSlug: String
    public var slug: String

    /// The columns a backend reads, in this order, from `articles a` joined to `sections s`,
    /// for the articles that meet `isPublic` among those its list of source ids names.
    package static let columns = "a.source_id, a.id, s.slug, a.slug"

    package static let isPublic = "a.status IN ('published', 'scheduled')"

    package init(sourceID: String, id: ArticleID, sectionSlug: String, slug: String) {
        self.sourceID = sourceID
        self.id = id
        self.sectionSlug = sectionSlug
        self.slug = slug
    }
}
