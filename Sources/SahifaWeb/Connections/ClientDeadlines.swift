import NIOCore
import NIOHTTPTypes

/// Closes a connection that holds the server without using it: one whose request head is not
/// complete within `head` of connecting (a slow-loris client trickling header lines), whose
/// body stops arriving for `body`, or that sits idle for `idle` after an answer. While the
/// server is answering, no deadline runs: a long page or a live stream is the server's time.
final class ClientDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    struct Limits: Sendable, Hashable {
        var head: TimeAmount
        var body: TimeAmount
        var idle: TimeAmount

        static let standard = Limits(head: .seconds(10), body: .seconds(30), idle: .seconds(30))
    }

    private let limits: Limits
    private var deadline: Scheduled<Void>?
    /// Requests read whose answers are not finished (HTTP/1.1 lets a client send the next
    /// request before the answer to the last).
    private var answering = 0
    private var readingBody = false
    private var started = false

    init(limits: Limits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { start(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        start(context)
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            answering += 1
            readingBody = true
            arm(limits.body, context)
        case .body:
            arm(limits.body, context)
        case .end:
            readingBody = false
            cancel()
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            answering -= 1
            if answering == 0, !readingBody { arm(limits.idle, context) }
        }
        context.write(data, promise: promise)
    }

    private func start(_ context: ChannelHandlerContext) {
        guard !started else { return }
        started = true
        arm(limits.head, context)
    }

    private func arm(_ amount: TimeAmount, _ context: ChannelHandlerContext) {
        cancel()
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: amount) {
            context.close(promise: nil)
        }
    }

    private func cancel() {
        deadline?.cancel()
        deadline = nil
    }
}
