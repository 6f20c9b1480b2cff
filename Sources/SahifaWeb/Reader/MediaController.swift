import Hummingbird
import NIOPosix
import SahifaCore
import SahifaStore

/// `/media/{hash}.{ext}`: stored pictures. Readers get drawings and small GIFs as stored; every
/// other picture is answered with a permanent redirect to its largest rendition, so a link to
/// the file (an old body, a copied address) still shows the picture, and the original, with
/// whatever its camera wrote into it, stays in the newsroom (`/newsroom/media/original/…`).
/// A file's name is its content's hash, so it never changes and may be cached for a year.
struct MediaController {
    let store: any ReaderStore
    let library: any MediaLibrary

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("media/:file", use: file)
    }

    @Sendable func file(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        guard let file = MediaFileName(try context.pathSegment("file")),
            let picture = try await store.picture(hash: file.hash), picture.kind == file.kind
        else { throw ReaderError.notFound }
        let source = picture.source
        guard source.isShownAsStored else {
            return Response(
                status: .movedPermanently,
                headers: [.location: source.readerPath, .cacheControl: "public, max-age=31536000"])
        }
        let library = library
        // Disk reads block, so they run on NIO's thread pool, not on the event loop.
        guard
            let bytes = try await NIOThreadPool.singleton.runIfActive({ try library.contents(ofFileNamed: file.name) })
        else { throw ReaderError.notFound }
        return Self.stored(bytes, file, request: request, cacheControl: "public, max-age=31536000, immutable")
    }

    /// The file as stored, for readers (drawings, small GIFs) and for the newsroom (originals).
    static func stored(_ bytes: [UInt8], _ file: MediaFileName, request: Request, cacheControl: String) -> Response {
        let tag = "\"\(file.name)\""
        var headers: HTTPFields = [
            .contentType: file.kind.contentType,
            .cacheControl: cacheControl,
            .eTag: tag,
        ]
        if file.kind == .svg {
            // A drawing may hold script; opened on its own, it must not run any.
            headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
        }
        if request.headers[.ifNoneMatch] == tag {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
