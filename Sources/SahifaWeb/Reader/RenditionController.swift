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
/// Only the names the site itself writes are made: a width of the picture's `RenditionSet`
/// in one of its shapes, by the attention crop (focal points are not kept yet, issue 20). So
/// a picture has at most 60 renditions, however many addresses a stranger tries.
struct RenditionController {
    let library: any MediaLibrary
    let cache: RenditionCache
    let pixelLimit: Int

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("media/r/:hash/:file", use: rendition)
    }

    @Sendable func rendition(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let path = try context.pathSegment("hash") + "/" + context.pathSegment("file")
        guard let name = RenditionName(path: path), name.request.focus == nil,
            RenditionSet.shapes.contains(name.request.shape)
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
                    try Self.make(name, library: library, pixelLimit: pixelLimit)
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

    /// - Throws: `ReaderError.notFound` for a picture the library does not hold or a width its
    ///   set does not have; `PictureError` for one that cannot be made.
    private static func make(_ name: RenditionName, library: any MediaLibrary, pixelLimit: Int) throws -> [UInt8] {
        let kinds = MediaKind.allCases.filter { $0 != .svg }
        guard
            let original = try kinds.lazy.compactMap({
                try library.contents(ofFileNamed: name.original + "." + $0.fileExtension)
            }).first
        else { throw ReaderError.notFound }
        let header = try PictureHeader(of: original, pixelLimit: pixelLimit)
        guard RenditionSet.widths(for: name.request.shape, header: header).contains(name.request.width) else {
            throw ReaderError.notFound
        }
        return try PictureRenderer.render(name.request, of: original, header: header).bytes
    }
}
