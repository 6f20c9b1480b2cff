import Foundation
import Hummingbird
import Logging
import NIOCore
import SahifaCore
import SahifaStore

/// The outermost middleware and the one place where errors become answers: every domain
/// error is mapped here (each `switch` lists its cases, so a new case will not compile
/// until it is mapped). Readers get an Arabic page with the right status; the API gets
/// `{"error":{"code":…,"message":…}}` with a stable code.
struct ErrorResponder: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let store: any ReaderStore
    let assets: AssetCatalog
    let publicURL: String
    let chromeRenderings: ChromeRenderings

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch NewsroomError.notSignedIn(let returnTo)
            where !request.uri.path.hasPrefix("/api/") && !DeskAnswer.isDesk(request.uri.path)
        {
            return Response(
                status: .seeOther,
                headers: [.location: SignInController.path(returningTo: returnTo), .cacheControl: "no-store"]
            )
        } catch {
            let problem = Self.problem(for: error)
            if problem.answer == .internalError || problem.answer == .serviceUnavailable {
                context.logger.error(
                    "request failed",
                    metadata: ["sahifa.error": "\(error)", "sahifa.path": "\(request.uri.path)"]
                )
            }
            if request.uri.path.hasPrefix("/api/") {
                return apiAnswer(problem, method: request.method)
            }
            if DeskAnswer.isDesk(request.uri.path) {
                // The editor's script shows the message to the member, so it is the Arabic one.
                return
                    (try? DeskAnswer.refusal(problem.answer.status, code: problem.code, message: problem.answer.message))
                    ?? Response(status: problem.answer.status)
            }
            return await page(for: problem, method: request.method, storeAnswers: !Self.isDatabaseAway(error))
        }
    }

    private static func isDatabaseAway(_ error: any Error) -> Bool {
        if case StoreError.unavailable = error { return true }
        return false
    }

    /// What went wrong, as an answer kind, a stable code and a message for integrators.
    struct Problem: Sendable, Hashable {
        var answer: ErrorAnswer
        var code: String
        var message: String
        /// Seconds to wait before trying again, for `Retry-After`.
        var retryAfter: Int?
        /// The methods the address does take, for `Allow` on a 405.
        var allow: String?

        init(
            _ answer: ErrorAnswer, code: String? = nil, message: String? = nil, retryAfter: Int? = nil,
            allow: String? = nil
        ) {
            self.answer = answer
            self.code = code ?? answer.code
            self.message = message ?? answer.apiMessage
            self.allow = allow
            self.retryAfter = retryAfter ?? (answer == .serviceUnavailable ? 5 : nil)
        }
    }

    static func problem(for error: any Error) -> Problem {
        switch error {
        case let error as ReaderError:
            switch error {
            case .notFound: return Problem(.notFound)
            case .gone: return Problem(.gone)
            case .malformedRequest(let reason): return Problem(.badRequest, message: reason)
            }
        case let error as APIError:
            switch error {
            case .missingParameter(let name):
                return Problem(.badRequest, code: "missing_parameter", message: "the \(name) parameter is required")
            case .invalidParameter(let name, let expected):
                return Problem(.badRequest, code: "invalid_parameter", message: "\(name) must be \(expected)")
            case .notAuthenticated:
                return Problem(
                    .notSignedIn, code: "unauthorized", message: "send a valid API token as Authorization: Bearer TOKEN"
                )
            case .unsupportedPicture:
                return Problem(
                    .unsupportedMediaType, code: "unsupported_media_type",
                    message: "send a JPEG, PNG, WebP, GIF, HEIC or AVIF")
            case .damagedPicture:
                return Problem(
                    .unprocessable, code: "damaged_picture",
                    message: "the file is cut short or its pixels do not decode; export it again")
            case .hiddenDataInPicture:
                return Problem(
                    .unprocessable, code: "hidden_data",
                    message: "the file holds data after the picture that is not part of it; save it again")
            case .tooManyPixels(let width, let height, let limit):
                return Problem(
                    .payloadTooLarge, code: "picture_too_large",
                    message: "the picture is \(width)×\(height) pixels; this site accepts at most \(limit) pixels")
            case .methodNotAllowed(let allowed):
                return Problem(
                    .methodNotAllowed, message: "this address takes " + allowed.joined(separator: ", "),
                    allow: allowed.joined(separator: ", "))
            case .pictureNotFound:
                return Problem(
                    .notFound, code: "picture_not_found", message: "no picture in the library with that hash")
            case .breakingItemNotFound:
                return Problem(
                    .notFound, code: "breaking_item_not_found", message: "no breaking item on air with that id")
            case .insufficientScope(let scope):
                return Problem(
                    .forbidden, code: "insufficient_scope",
                    message: "this call needs a token with the \(scope.rawValue) scope")
            }
        case let error as StoreError:
            switch error {
            case .articleNotFound(let id):
                return Problem(.notFound, code: "article_not_found", message: "no published article with id \(id)")
            case .sectionSlugTaken, .authorSlugTaken: return Problem(.conflict, code: "slug_taken")
            case .sectionNotFound: return Problem(.notFound, code: "section_not_found")
            case .revisionConflict(let id, let current):
                return Problem(
                    .conflict, code: "revision_conflict",
                    message: "article \(id) was saved meanwhile; it is now at revision \(current)")
            case .invalidSectionSlug: return Problem(.badRequest, code: "invalid_slug")
            case .cannotOpen, .schemaTooNew: return Problem(.serviceUnavailable)
            case .unavailable:
                return Problem(
                    .serviceUnavailable, code: "database_unavailable",
                    message: "the database is unavailable; try again shortly")
            case .diskFull:
                return Problem(
                    .insufficientStorage, code: "disk_full",
                    message:
                        "the server's disk is full; nothing was saved. Reading goes on; try again once there is room")
            case .refusedValue(let table, let field):
                let name = table.isEmpty ? field : "\(table).\(field)"
                return Problem(
                    .badRequest, code: "invalid_value",
                    message:
                        "the database refused the value of \(name) (taken already, missing, or out of range); nothing was saved"
                )
            }
        case let error as WorkflowError:
            switch error {
            case .cannotSubmit, .cannotSchedule, .cannotPublish, .cannotUnpublish:
                return Problem(.conflict, code: "workflow_conflict")
            case .notPermitted: return Problem(.forbidden)
            case .publishTimeNotInFuture:
                return Problem(
                    .badRequest, code: "invalid_parameter",
                    message: "publish_at must be a future time in ISO 8601 with its offset")
            case .embargoed(let until):
                return Problem(.conflict, code: "embargoed", message: "the article is under embargo until \(until)")
            }
        case let error as NewsroomError:
            switch error {
            case .notSignedIn: return Problem(.notSignedIn)
            case .notAllowed: return Problem(.forbidden)
            case .formTokenMismatch: return Problem(.formExpired)
            }
        case let error as InvalidArticle:
            let fields = error.problems.map { ArticleForm.fieldName($0.field) }
            return Problem(
                .badRequest, code: "invalid_article",
                message: "fix: " + Array(Set(fields)).sorted().joined(separator: ", "))
        case let error as InvalidBreakingItem:
            let fixes = error.problems.map {
                switch $0 {
                case .textMissing, .textTooLong(_): "text must be 1 to \(BreakingDraft.textLimit) characters"
                case .durationOutOfRange(let limit): "minutes must be a whole number from 1 to \(limit)"
                }
            }
            return Problem(.badRequest, code: "invalid_parameter", message: fixes.joined(separator: "; "))
        case let error as InvalidRedirect:
            let fixes = error.problems.map {
                switch $0 {
                case .fromInvalid: "from must be a path starting with / other than the home page"
                case .fromServedHere: "from is an address this site serves itself"
                case .fromTaken: "a redirect already leaves from this address"
                case .toInvalid: "to must be a path on this site or an http(s) address"
                case .loops: "to is the same address as from"
                case .chains: "to is itself an old address that redirects; give its final page"
                }
            }
            return Problem(.badRequest, code: "invalid_redirect", message: fixes.joined(separator: "; "))
        case let error as InvalidSiteSettings:
            let fields = error.problems.map {
                switch $0 {
                case .nameMissing: "name"
                case .unknownTimeZone: "time_zone"
                case .linkNotHTTPS(let network): "social_" + network.rawValue
                }
            }
            return Problem(.badRequest, code: "invalid_parameter", message: "fix: " + fields.joined(separator: ", "))
        case let error as InvalidAccount:
            let fields = Set(error.problems.map(\.field.formName)).sorted()
            return Problem(.badRequest, code: "invalid_account", message: "fix: " + fields.joined(separator: ", "))
        case let error as RateLimited:
            return Problem(.tooManyRequests, retryAfter: error.retryAfter)
        case is NIOTooManyBytesError:
            // A body over the limit its handler collects it with (forms, uploads, JSON).
            return Problem(.payloadTooLarge)
        case let error as HTTPError:
            switch error.status {
            case .notFound: return Problem(.notFound)
            case .methodNotAllowed: return Problem(.methodNotAllowed)
            case .contentTooLarge: return Problem(.payloadTooLarge)
            case .badRequest: return Problem(.badRequest)
            default: return Problem(error.status.code < 500 ? .badRequest : .internalError)
            }
        default:
            return Problem(.internalError)
        }
    }

    private func apiAnswer(_ problem: Problem, method: HTTPRequest.Method) -> Response {
        var response =
            (try? Response.json(
                APIModels.ErrorBody(error: .init(code: problem.code, message: problem.message)),
                status: problem.answer.status
            )) ?? Response(status: problem.answer.status)
        response.headers[.cacheControl] = "no-store"
        if problem.answer == .notSignedIn { response.headers[.wwwAuthenticate] = "Bearer realm=\"sahifa\"" }
        if let wait = problem.retryAfter { response.headers[.retryAfter] = String(wait) }
        if let allow = problem.allow { response.headers[.allow] = allow }
        if method == .head { response.body = ResponseBody() }
        return response
    }

    /// The error page in the site's look; without the site's name and sections when the store
    /// cannot give them, and without asking it when it is known to be away (asking would only
    /// make the reader wait out the connection deadline a second time).
    private func page(for problem: Problem, method: HTTPRequest.Method, storeAnswers: Bool) async -> Response {
        let answer = problem.answer
        let now = Date()
        let stored = storeAnswers ? try? await store.siteChrome(at: now) : nil
        let chrome = stored ?? SiteChrome(settings: .initial, sections: [], breaking: [])
        let presenter = ReaderPresenter(
            assets: assets, publicURL: publicURL, now: now, chromeRenderings: chromeRenderings)
        let bytes = ErrorPage.render(presenter.errorPage(chrome, status: answer))
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        if let wait = problem.retryAfter { headers[.retryAfter] = String(wait) }
        return Response(
            status: answer.status,
            headers: headers,
            body: method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
