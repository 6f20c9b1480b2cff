import Hummingbird

/// Holds API v1 and search to `RateLimits`: an API call counts against its token (by the
/// token's hash, so the token itself is never kept) or, without one, its client address; a
/// search counts against its client address. Past the limit the answer is 429 with
/// `Retry-After`, from `ErrorResponder`.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let api: RateLimiter
    let apiByAddress: RateLimiter
    let search: RateLimiter

    init(_ limits: RateLimits) {
        api = RateLimiter(perMinute: limits.apiPerToken)
        apiByAddress = RateLimiter(perMinute: limits.apiPerAddress)
        search = RateLimiter(perMinute: limits.searchPerAddress)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        if path == "/search" || path.hasPrefix("/api/v1/search") {
            if let wait = search.take(context.clientAddress) { throw RateLimited(retryAfter: wait) }
        } else if path.hasPrefix("/api/") {
            let wait =
                if let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") {
                    api.take("token:" + SessionToken.hash(String(header.dropFirst("bearer ".count))))
                } else {
                    apiByAddress.take(context.clientAddress)
                }
            if let wait { throw RateLimited(retryAfter: wait) }
        }
        return try await next(request, context)
    }
}
