import Hummingbird
import NIOPosix
import SahifaCore
import SahifaPictures
import SahifaStore

/// `/media/{hash}.{ext}`: stored pictures. Readers get drawings and small GIFs as stored; every
/// other picture is answered with a permanent redirect to its largest rendition, so a link to
/// the file (an old body, a copied address) still shows the picture, and the original, with
/// whatever its camera wrote into it, stays in the newsroom (`/newsroom/media/original/…`).
/// A file's name is its content's hash, so it never changes and may be cached for a year.
struct MediaController {
    let library: any MediaLibrary
    let pixelLimit: Int

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
        let hash = String(name[..<dot])
        let header = try? PictureHeader(of: bytes, pixelLimit: pixelLimit)
        let source = PictureSource(
            hash: hash, kind: kind, width: header?.width ?? 1, height: header?.height ?? 1, byteCount: bytes.count,
            focus: .none)
        guard source.isShownAsStored else {
            guard header != nil else { throw ReaderError.notFound }
            return Response(
                status: .movedPermanently,
                headers: [.location: source.readerPath, .cacheControl: "public, max-age=31536000"])
        }
        return Self.stored(
            bytes, named: name, kind: kind, request: request, cacheControl: "public, max-age=31536000, immutable")
    }

    /// The file as stored, for readers (drawings, small GIFs) and for the newsroom (originals).
    static func stored(
        _ bytes: [UInt8], named name: String, kind: MediaKind, request: Request, cacheControl: String
    ) -> Response {
        var headers: HTTPFields = [
            .contentType: kind.contentType,
            .cacheControl: cacheControl,
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
