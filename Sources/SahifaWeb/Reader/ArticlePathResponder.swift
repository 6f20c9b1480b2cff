import Foundation
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
        var path = path
        // The offsets of the second and third slashes (the path's length for one that is not
        // there), found with `memchr` in the path's bytes.
        let slashes: (second: Int, third: Int)? = path.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.first == UInt8(ascii: "/") else { return nil }
            func next(after offset: Int) -> Int {
                guard offset + 1 < bytes.count,
                    let hit = memchr(base + offset + 1, Int32(UInt8(ascii: "/")), bytes.count - offset - 1)
                else { return bytes.count }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            let second = next(after: 0)
            let third = next(after: second)
            guard second < bytes.count, next(after: third) == bytes.count else { return nil }
            return (second, third)
        }
        guard let slashes else { return nil }
        let utf8 = path.utf8
        func segment(_ start: Int, _ end: Int) -> Substring {
            path[utf8.index(utf8.startIndex, offsetBy: start + 1)..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        let section = segment(0, slashes.second)
        let id = segment(slashes.second, slashes.third)
        guard !section.isEmpty, !id.isEmpty,
            id.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            !Section.reservedSlugs.contains(String(section))
        else { return nil }
        guard slashes.third < utf8.count else { return ["section": section, "id": id] }
        let slug = segment(slashes.third, utf8.count)
        return slug.isEmpty ? nil : ["section": section, "id": id, "slug": slug]
    }
}
