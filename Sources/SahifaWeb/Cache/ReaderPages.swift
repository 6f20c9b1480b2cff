import Foundation
import HTTPTypes
import Hummingbird
import SahifaCore
import SahifaStore

/// How reader routes answer: through the page cache, with validators, `Cache-Control` and
/// surrogate keys on every page and feed, and 304 for a conditional request that already
/// has the page.
struct ReaderPages: Sendable {
    let cache: PageCache
    let policy: CachePolicy

    init(policy: CachePolicy) {
        self.policy = policy
        cache = PageCache(policy: policy)
    }

    /// Answers `request` from the cache, or from `render` (kept for next time). The cache key
    /// is the request's target exactly as sent, path and query.
    func respond(
        to request: Request,
        render: @escaping @Sendable () async throws -> PageAnswer
    ) async throws -> Response {
        let (answer, outcome) = try await cache.answer(for: request.head.path ?? "/", render: render)
        switch answer {
        case .redirect(let location):
            return .movedPermanently(to: location)
        case .page(let page):
            return Self.response(page, to: request.head, outcome: outcome)
        }
    }

    /// A page rendered for this request alone (search results), with validators but not kept.
    func respondUncached(
        to request: Request,
        dependencies: Set<PageDependency>,
        render: () async throws -> [UInt8]
    ) async throws -> Response {
        let page = CachedPage(
            bytes: try await render(), contentType: "text/html; charset=utf-8", dependencies: dependencies,
            cacheControl: policy.pageCacheControl, modifiedAt: cache.contentChangedAt
        )
        return Self.response(page, to: request.head, outcome: .miss)
    }

    /// A page and its headers, or 304 when the request's validators match it.
    static func response(_ page: CachedPage, to request: HTTPRequest, outcome: PageCache.Outcome) -> Response {
        var headers = page.headers
        headers[.sahifaCache] = outcome.rawValue
        headers[.age] = String(max(0, (ContinuousClock.now - page.renderedAt).components.seconds))
        if ConditionalRequest.isSatisfied(by: page, request: request.headerFields) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: page.body))
    }

    /// A page from the renderers: HTML, a feed or a sitemap.
    func page(_ bytes: [UInt8], contentType: String = "text/html; charset=utf-8", dependencies: Set<PageDependency>)
        -> PageAnswer
    {
        .page(
            CachedPage(
                bytes: bytes, contentType: contentType, dependencies: dependencies,
                cacheControl: policy.pageCacheControl))
    }
}
