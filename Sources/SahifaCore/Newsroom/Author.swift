/// A journalist who appears in bylines (كاتب), with a page at `/author/{slug}`.
public struct Author: Sendable, Hashable {
    public var id: Int64
    /// ASCII slug, e.g. `layla-haddad`.
    public var slug: String
    public var name: String
    /// One or two sentences for the author page.
    public var bio: String

    public init(id: Int64, slug: String, name: String, bio: String) {
        self.id = id
        self.slug = slug
        self.name = name
        self.bio = bio
    }

    public var path: String { PercentEncoding.path("/author/", slug) }
}
