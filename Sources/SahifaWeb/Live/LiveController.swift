import HTTPTypes
import Hummingbird
import ServiceLifecycle

/// `/live`: server-sent events for open reader pages (see `LiveNewsService` for the events).
/// A reader resumes with the `Last-Event-ID` header its browser sends on reconnecting, or
/// with `?since=` from the page it opened, and first gets every event it missed.
struct LiveController {
    let live: LiveNews

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("live", use: stream)
    }

    @Sendable func stream(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let query = try request.readerQuery()
        let lastSeen = request.headers[.lastEventID].flatMap { UInt64($0) } ?? query["since"].flatMap { UInt64($0) }
        let subscription = live.subscribe(after: lastSeen)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8",
                .cacheControl: "no-store",
                // Tells nginx and similar proxies not to hold events back in a buffer.
                .xAccelBuffering: "no",
            ],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
                for event in subscription.missed { try await writer.write(event.wire) }
                for await event in subscription.events.cancelOnGracefulShutdown() { try await writer.write(event.wire) }
                try await writer.finish(nil)
            }
        )
    }
}

extension HTTPField.Name {
    static let lastEventID = HTTPField.Name.ours("Last-Event-ID")
    static let xAccelBuffering = HTTPField.Name.ours("X-Accel-Buffering")
}
