import Hummingbird
import SahifaCore

/// Sends `GET /{section}/{id}/{slug}` and `GET /{section}/{id}` straight to the article route,
/// and every other request to the router.
///
/// Hummingbird's router splits a path into components one `Character` at a time, and an
/// article path carries a long percent-encoded Arabic slug: that split was 4 % of the
/// server's time on the uncached article page (docs/PERFORMANCE.md). The article route is
/// the only one a path of this shape can reach, because a section may not take the first
/// segment of any other route (`Section.reservedSlugs`), and the route it calls here is the
/// router's own, wrapped in the same middleware.
struct ArticlePathResponder<Router: HTTPResponder>: HTTPResponder where Router.Context == SahifaRequestContext {
    let router: Router
    let article: any HTTPResponder<SahifaRequestContext>

    func respond(to request: Request, context: SahifaRequestContext) async throws -> Response {
        guard request.method == .get, let parameters = Self.articleParameters(request.uri.path) else {
            return try await router.respond(to: request, context: context)
        }
        var context = context
        context.coreContext.parameters = parameters
        return try await article.respond(to: request, context: context)
    }

    /// The route's parameters when `path` is `/{section}/{digits}` or `/{section}/{digits}/{slug}`
    /// with no empty segment and a section that is not a reserved first segment; nil otherwise.
    static func articleParameters(_ path: String) -> Parameters? {
        let bytes = path.utf8
        guard bytes.first == UInt8(ascii: "/") else { return nil }
        var slashes: [String.Index] = [bytes.startIndex]
        var index = bytes.index(after: bytes.startIndex)
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "/") {
                guard slashes.count < 3 else { return nil }
                slashes.append(index)
            }
            index = bytes.index(after: index)
        }
        guard slashes.count >= 2 else { return nil }
        let ends = slashes.dropFirst() + [bytes.endIndex]
        let segments = zip(slashes, ends).map { path[path.utf8.index(after: $0)..<$1] }
        guard segments.allSatisfy({ !$0.isEmpty }), !Section.reservedSlugs.contains(String(segments[0])),
            segments[1].utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        var parameters = Parameters()
        for (name, segment) in zip(["section", "id", "slug"] as [Substring], segments) {
            parameters.append(key: name, value: segment)
        }
        return parameters
    }
}
