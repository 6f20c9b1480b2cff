import SahifaCore
import SahifaStore

/// The search form as a request filled it in: `?q=&section=&order=&page=`.
struct SearchForm: Sendable {
    var text: String
    var query: SearchQuery?
    var sectionSlug: String?
    var order: SearchOrder
    var page: PageRequest

    /// - Throws: `ReaderError.malformedRequest` for a bad page number or order.
    init(_ parameters: QueryParameters, pageSize: Int) throws(ReaderError) {
        text = (parameters["q"] ?? "").trimmedForNews
        query = SearchQuery(text)
        sectionSlug = parameters["section"].flatMap { $0.isEmpty ? nil : $0 }
        guard let order = SearchOrder(rawValue: parameters["order"].flatMap { $0.isEmpty ? nil : $0 } ?? "relevance")
        else { throw .malformedRequest(reason: "order must be relevance or newest") }
        self.order = order
        page = try parameters.page(size: pageSize)
    }

    /// The store's request, when there is something to search for.
    var request: SearchRequest? {
        query.map { SearchRequest(query: $0, sectionSlug: sectionSlug, order: order, page: page) }
    }

    /// This search's address without a page number.
    var path: String {
        var parts = ["q=" + PercentEncoding.encodePathSegment(text)]
        if let sectionSlug { parts.append("section=" + PercentEncoding.encodePathSegment(sectionSlug)) }
        if order != .relevance { parts.append("order=" + order.rawValue) }
        return "/search?" + parts.joined(separator: "&")
    }
}
