import Hummingbird
import NIOPosix
import SahifaCore
import SahifaStore

/// `/media/{hash}.{ext}`: stored pictures. A file's name is its content's hash, so it never
/// changes and may be cached for a year.
struct MediaController {
    let library: any MediaLibrary

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("media/:file", use: file)
    }

    @Sendable func file(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let name = try context.pathSegment("file")
        guard let dot = name.lastIndex(of: "."),
            let kind = MediaKind(fileExtension: String(name[name.index(after: dot)...]))
        else { throw ReaderError.notFound }
        let library = library
        // Disk reads block, so they run on NIO's thread pool, not on the event loop.
        guard let bytes = try await NIOThreadPool.singleton.runIfActive({ try library.contents(ofFileNamed: name) })
        else { throw ReaderError.notFound }
        var headers: HTTPFields = [
            .contentType: kind.contentType,
            .cacheControl: "public, max-age=31536000, immutable",
            .eTag: "\"\(name)\"",
        ]
        if kind == .svg {
            // A drawing may hold script; opened on its own, it must not run any.
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
        }
        if request.headers[.ifNoneMatch] == "\"\(name)\"" {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
