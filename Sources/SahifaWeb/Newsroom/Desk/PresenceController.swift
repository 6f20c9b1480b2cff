import Hummingbird
import SahifaCore
import SahifaStore
import ServiceLifecycle

/// `GET /newsroom/desk/presence?article=ID`: the article editor's event stream (see
/// `DeskPresence`). Having it open is what counts as having the article open.
struct PresenceController {
    let store: any NewsroomStore
    let presence: DeskPresence
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get(DeskAnswer.path("presence"), use: stream)
        router.post(DeskAnswer.path("presence/leave"), use: leave)
    }

    /// `POST /newsroom/desk/presence/leave` with `connection`: the page was left (sent by
    /// beacon as it goes).
    @Sendable func leave(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        guard let connection = context.form?["connection"].flatMap({ UInt64($0) }) else {
            throw ReaderError.malformedRequest(reason: "connection must be the number the joined event gave")
        }
        presence.leave(connection, by: session.account.id)
        return Response(status: .noContent, headers: [.cacheControl: "no-store"])
    }

    @Sendable func stream(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let id = try DeskAnswer.articleID(try request.readerQuery()["article"])
        guard let article = try await store.article(id: id) else { throw ReaderError.notFound }
        let events = presence.join(
            id, as: DeskPresence.Viewer(account: session.account.id, name: session.account.name),
            revision: article.revision)
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", .xAccelBuffering: "no",
            ],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 5000\n\n"))
                for await event in events.cancelOnGracefulShutdown() { try await writer.write(event) }
                try await writer.finish(nil)
            }
        )
    }
}
