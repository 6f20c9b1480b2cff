import HTTPTypes
import Hummingbird

/// Headers every answer carries: pages may load only from this host, may not be framed
/// elsewhere, and browsers must not guess content types.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = SahifaRequestContext

    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

    private static let referrerPolicy = HTTPField.Name.ours("Referrer-Policy")

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        Self.add(to: &response.headers)
        return response
    }

    /// Adds the headers; also used for cached pages, which the fast path sends before the
    /// router (`CachedPage`, `CachedPageHandler`).
    static func add(to headers: inout HTTPFields) {
        // A page from the renderers has them already, and `nosniff` is the sign.
        guard headers[.xContentTypeOptions] == nil else { return }
        if headers[.contentSecurityPolicy] == nil {
            headers[.contentSecurityPolicy] = contentSecurityPolicy
        }
        headers[.xContentTypeOptions] = "nosniff"
        headers[referrerPolicy] = "strict-origin-when-cross-origin"
    }
}
