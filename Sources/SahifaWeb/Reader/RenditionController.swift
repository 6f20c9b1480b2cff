import Foundation
import Hummingbird
import NIOPosix
import SahifaCore
import SahifaPictures
import SahifaStore

/// `/media/r/{hash}/{rendition}`: a stored picture's renditions by `RenditionName`, made from
/// the original the first time one is asked for and kept in the renditions folder. Every
/// name says what its file holds, so each may be cached for a year.
///
/// Only the names the site itself writes are made (`RenditionSet.isOffered`): a width of the
/// picture's set in one of its shapes, cut around the focal point the library holds for that
/// shape, or its social card. So a picture has a few dozen renditions, however many
/// addresses a stranger tries; a name with a focal point the editor has since moved is gone.
struct RenditionController {
    let store: any ReaderStore
    let library: any MediaLibrary
    let cache: RenditionCache
    let pixelLimit: Int

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("media/r/:hash/:file", use: rendition)
    }

    @Sendable func rendition(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let path = try context.pathSegment("hash") + "/" + context.pathSegment("file")
        guard let name = RenditionName(path: path), let picture = try await store.picture(hash: name.original),
            picture.kind != .svg,
            RenditionSet.isOffered(name.request, width: picture.width, height: picture.height, focus: picture.focus)
        else { throw ReaderError.notFound }
        let tag = "\"\(name.original)-\(path.split(separator: "/").last ?? "")\""
        var headers: HTTPFields = [
            .contentType: name.request.format.mediaType,
            .cacheControl: "public, max-age=31536000, immutable",
            .eTag: tag,
        ]
        if request.headers[.ifNoneMatch] == tag {
            return Response(status: .notModified, headers: headers)
        }
        let library = library
        let pixelLimit = pixelLimit
        let file: URL
        do {
            file = try await cache.file(for: name) {
                // Decoding and encoding take a good part of a second: NIO's thread pool, not an event loop.
                try await NIOThreadPool.singleton.runIfActive {
                    try Self.make(name, of: picture, library: library, pixelLimit: pixelLimit)
                }
            }
        } catch let error as PictureError {
            context.logger.warning(
                "rendition could not be made", metadata: ["sahifa.rendition": "\(path)", "sahifa.reason": "\(error)"])
            throw ReaderError.notFound
        }
        let bytes = try await NIOThreadPool.singleton.runIfActive { try Data(contentsOf: file) }
        headers[.contentLength] = String(bytes.count)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// - Throws: `ReaderError.notFound` when the file is missing from the media folder;
    ///   `PictureError` for one that cannot be made.
    private static func make(
        _ name: RenditionName, of picture: MediaAsset, library: any MediaLibrary, pixelLimit: Int
    ) throws -> [UInt8] {
        guard let original = try library.contents(ofFileNamed: name.original + "." + picture.kind.fileExtension) else {
            throw ReaderError.notFound
        }
        let header = try PictureHeader(of: original, pixelLimit: pixelLimit)
        return try PictureRenderer.render(name.request, of: original, header: header).bytes
    }
}
