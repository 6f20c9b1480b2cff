/// A topic label (وسم) that groups articles across sections, e.g. كازاخستان.
public struct Tag: Sendable, Hashable {
    public var id: Int64
    /// URL slug made from the name; Arabic letters allowed.
    public var slug: String
    public var name: String

    public init(id: Int64, slug: String, name: String) {
        self.id = id
        self.slug = slug
        self.name = name
    }

    public var path: String { PercentEncoding.path("/tag/", slug) }
}
