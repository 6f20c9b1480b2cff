import Foundation
import Hummingbird
import Logging
import SahifaCore
import SahifaStore

/// The outermost middleware and the one place where errors become answers: every domain
/// error is mapped here (each `switch` lists its cases, so a new case will not compile
/// until it is mapped), and readers get an Arabic page with the right status.
struct ErrorResponder: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let store: any NewsStore
    let assets: AssetCatalog
    let publicURL: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let answer = Self.answer(for: error)
            if answer == .internalError || answer == .serviceUnavailable {
                context.logger.error(
                    "request failed",
                    metadata: ["sahifa.error": "\(error)", "sahifa.path": "\(request.uri.path)"]
                )
            }
            return await page(for: answer, method: request.method)
        }
    }

    static func answer(for error: any Error) -> ErrorAnswer {
        switch error {
        case let error as ReaderError:
            switch error {
            case .notFound: return .notFound
            case .malformedRequest: return .badRequest
            }
        case let error as StoreError:
            switch error {
            case .articleNotFound: return .notFound
            case .sectionSlugTaken, .authorSlugTaken: return .conflict
            case .invalidSectionSlug: return .badRequest
            case .cannotOpen, .schemaTooNew: return .serviceUnavailable
            }
        case let error as WorkflowError:
            switch error {
            case .cannotSubmit, .cannotSchedule, .cannotPublish, .cannotUnpublish: return .conflict
            }
        case is InvalidArticle:
            return .badRequest
        case let error as HTTPError:
            switch error.status {
            case .notFound: return .notFound
            case .methodNotAllowed: return .methodNotAllowed
            case .contentTooLarge: return .payloadTooLarge
            case .badRequest: return .badRequest
            default: return error.status.code < 500 ? .badRequest : .internalError
            }
        default:
            return .internalError
        }
    }

    private func page(for answer: ErrorAnswer, method: HTTPRequest.Method) async -> Response {
        let now = Date()
        let chrome =
            (try? await store.siteChrome(at: now)) ?? SiteChrome(settings: .initial, sections: [], breaking: [])
        let presenter = ReaderPresenter(assets: assets, publicURL: publicURL, now: now)
        let bytes = ErrorPage.render(presenter.errorPage(chrome, status: answer))
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        if answer == .serviceUnavailable { headers[.retryAfter] = "5" }
        return Response(
            status: answer.status,
            headers: headers,
            body: method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
