import SahifaCore

/// A search as a reader or an integrator asks for it.
public struct SearchRequest: Sendable, Hashable {
    public var query: SearchQuery
    /// Only this section's articles, by slug; nil for all.
    public var sectionSlug: String?
    public var order: SearchOrder
    public var page: PageRequest

    public init(query: SearchQuery, sectionSlug: String? = nil, order: SearchOrder = .relevance, page: PageRequest) {
        self.query = query
        self.sectionSlug = sectionSlug
        self.order = order
        self.page = page
    }
}
