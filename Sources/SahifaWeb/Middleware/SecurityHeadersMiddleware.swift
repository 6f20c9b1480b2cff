import HTTPTypes
import Hummingbird
import SahifaCore

/// Headers every answer carries: pages may load only from this host, may not be framed
/// elsewhere, may not ask for the camera, the microphone or the reader's position, and browsers
/// must not guess content types. With secure cookies the site is reached over HTTPS, and
/// browsers are told to keep to it (`strictTransport`).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let strictTransport: Bool

    /// Frames may come from the networks whose posts an article embeds, and only once a reader
    /// asks for one (`BodyEmbed`); nothing else loads from another host.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "frame-src 'self' \(BodyEmbed.Network.allCases.flatMap(\.frameHosts).joined(separator: " ")); "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"

    private static let referrerPolicy = HTTPField.Name.ours("Referrer-Policy")
    private static let permissionsPolicy = HTTPField.Name.ours("Permissions-Policy")
    private static let strictTransportSecurity = HTTPField.Name.ours("Strict-Transport-Security")

    /// Nothing on a news page needs these; an embed in an article is sandboxed on its own host.
    static let permissions =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
        + "interest-cohort=(), browsing-topics=()"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        Self.add(to: &response.headers)
        if strictTransport { Self.addStrictTransport(to: &response.headers) }
        return response
    }

    /// A year, without subdomains: a newsroom's other hosts may not all speak HTTPS yet.
    static func addStrictTransport(to headers: inout HTTPFields) {
        headers[strictTransportSecurity] = "max-age=31536000"
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
        headers[permissionsPolicy] = permissions
    }
}
