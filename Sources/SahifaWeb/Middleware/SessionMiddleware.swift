import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// On newsroom paths: finds the browser's session from its cookie, and refuses any post
/// that does not carry this browser's form token (CSRF). A form posted from another site
/// cannot know the token: it lives in this site's pages and, before signing in, in a cookie
/// that other sites cannot read.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let store: any AccountStore
    /// The largest upload (a picture with its fields); larger bodies get 413.
    let uploadLimit: Int

    /// Forms are text. The largest is an article at its longest body: up to 4 UTF-8 bytes a
    /// character, each sent as a three-character %XX escape, plus room for the other fields.
    /// A smaller limit refused a long but valid article with 413 and lost it.
    static let formLimit = ArticleDraft.bodyLimit * 12 + 1024 * 1024

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard request.uri.path == "/newsroom" || request.uri.path.hasPrefix("/newsroom/") else {
            return try await next(request, context)
        }
        var context = context
        if let token = request.cookies[SessionToken.cookieName]?.value {
            context.session = try await store.session(tokenHash: SessionToken.hash(token), at: Date())
        }
        guard request.method == .post else {
            var response = try await next(request, context)
            response.headers[.cacheControl] = "no-store"
            return response
        }
        var request = request
        let sent: String?
        if let contentType = request.headers[.contentType], MultipartForm.isMultipart(contentType) {
            let body = try await request.collectBody(upTo: uploadLimit + Self.formLimit)
            let upload = try MultipartForm(Array(buffer: body), contentType: contentType)
            sent = upload[SessionToken.formFieldName]
            context.upload = upload
        } else {
            let form = try QueryParameters(String(buffer: try await request.collectBody(upTo: Self.formLimit)))
            sent = form[SessionToken.formFieldName]
            context.form = form
        }
        let expected = context.session?.formToken ?? request.cookies[SessionToken.formCookieName]?.value
        guard let expected, let sent, SessionToken.matches(sent, expected) else {
            throw NewsroomError.formTokenMismatch
        }
        var response = try await next(request, context)
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
