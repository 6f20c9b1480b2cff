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

    /// A place read from a row of `columns`.
    package init(_ row: some StoreRow) throws {
        sourceID = try row.text(0)
        id = ArticleID(try row.int64(1))
        sectionSlug = try row.text(2)
        slug = try row.text(3)
    }
}
