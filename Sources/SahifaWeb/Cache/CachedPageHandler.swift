import Foundation
import HTTPTypes
import NIOCore
import NIOHTTPTypes
import SahifaCore

/// Answers GET and HEAD requests for fresh cached pages straight from the connection's
/// event loop, before the request reaches the router: no task, no middleware, no copy of
/// the page. Everything else, and every page that is missing or stale, goes on to the
/// application as usual, which renders and caches it.
///
/// HTTP/1.1 pipelining is serialised by NIO's pipelining handler in front of this one, so an
/// answer written here can never overtake the answer to an earlier request.
final class CachedPageHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    private let cache: PageCache
    private let strictTransport: Bool
    /// The answer to the request being read, sent when its end arrives.
    private var pending: (page: CachedPage, request: HTTPRequest)?
    /// The `Date` header, written once a second rather than for every answer.
    private var date: (second: Int, text: String) = (0, "")

    init(cache: PageCache, strictTransport: Bool) {
        self.cache = cache
        self.strictTransport = strictTransport
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let part = unwrapInboundIn(data)
        switch part {
        case .head(let request):
            if let page = cachedPage(for: request) {
                pending = (page, request)
                return
            }
        case .body:
            if pending != nil { return }
        case .end:
            if let (page, request) = pending {
                pending = nil
                answer(request, with: page, context: context)
                return
            }
        }
        context.fireChannelRead(data)
    }

    private func cachedPage(for request: HTTPRequest) -> CachedPage? {
        guard request.method == .get || request.method == .head, let path = request.path,
            !request.headerFields.contains(.authorization),
            request.headerFields[.connection]?.lowercased() != "close"
        else { return nil }
        return cache.freshPage(for: path)
    }

    private func answer(_ request: HTTPRequest, with page: CachedPage, context: ChannelHandlerContext) {
        var headers = page.headers
        headers[.sahifaCache] = PageCache.Outcome.hit.rawValue
        headers[.age] = String(max(0, (ContinuousClock.now - page.renderedAt).components.seconds))
        headers[.date] = currentDate()
        if strictTransport { SecurityHeadersMiddleware.addStrictTransport(to: &headers) }
        let notModified = ConditionalRequest.isSatisfied(by: page, request: request.headerFields)
        if notModified {
            headers[.contentType] = nil
        } else {
            headers[.contentLength] = String(page.byteCount)
        }
        let head = HTTPResponse(status: notModified ? .notModified : .ok, headerFields: headers)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if !notModified && request.method == .get {
            context.write(wrapOutboundOut(.body(page.body)), promise: nil)
        }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }

    private func currentDate() -> String {
        let now = Date()
        let second = Int(now.timeIntervalSince1970)
        if second != date.second { date = (second, HTTPDate.format(now)) }
        return date.text
    }
}
