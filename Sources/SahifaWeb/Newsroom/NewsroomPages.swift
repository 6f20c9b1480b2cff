import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// What every newsroom controller shares: the page frame, the sign-in requirement, and the
/// answers (a page with no caching, a redirect after a post).
struct NewsroomPages: Sendable {
    let assets: AssetCatalog

    /// The frame of an article's editing page, which loads the structured body editor.
    func editorFrame(_ title: String, session: NewsroomSession?) -> NewsroomLayout.Frame {
        var frame = frame(title, session: session)
        frame.editorScriptHref = assets.href(for: .editorScript)
        return frame
    }

    func frame(_ title: String, session: NewsroomSession?) -> NewsroomLayout.Frame {
        NewsroomLayout.Frame(
            title: title,
            stylesheetHref: assets.href(for: .stylesheet),
            iconHref: assets.href(for: .icon),
            scriptHref: assets.href(for: .newsroomScript),
            member: session.map {
                NewsroomLayout.Member(
                    name: $0.account.name, roleName: $0.account.role.arabicName, formToken: $0.formToken,
                    mayPostBreakingNews: $0.account.may(.postBreakingNews),
                    mayReadAuditLog: $0.account.may(.readAuditLog)
                )
            }
        )
    }

    /// The signed-in session, or the sign-in form for this page.
    /// - Throws: `NewsroomError.notSignedIn` without a session.
    func requireSession(_ request: Request, _ context: SahifaRequestContext) throws -> NewsroomSession {
        guard let session = context.session else { throw NewsroomError.notSignedIn(returnTo: request.uri.path) }
        return session
    }

    /// The signed-in session of a member whose role grants `permission`.
    /// - Throws: `NewsroomError.notSignedIn` without a session, `.notAllowed` (403) without the permission.
    func requireSession(
        _ request: Request, _ context: SahifaRequestContext, may permission: Permission
    ) throws -> NewsroomSession {
        let session = try requireSession(request, context)
        guard session.account.may(permission) else { throw NewsroomError.notAllowed }
        return session
    }

    static func page(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    /// 303 after a successful post, so a reload does not post again.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}
