/// What a body points at: the pictures and the related articles it names. A caller
/// fetches these before rendering, so the renderer itself needs no database.
public struct BodyReferences: Sendable, Hashable {
    /// Media hashes named by `[[image:…]]`, in body order.
    public var imageHashes: [String]
    /// Articles named by `[[related:…]]`, in body order.
    public var relatedArticleIDs: [ArticleID]
}
