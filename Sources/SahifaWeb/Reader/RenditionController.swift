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
    let renditions: PictureRenditions
    let pages: ReaderPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("media/r/:hash/:file", use: rendition)
    }

    @Sendable func rendition(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let path = try context.pathSegment("hash") + "/" + context.pathSegment("file")
        guard let name = RenditionName(path: path), let picture = try await store.picture(hash: name.original),
            picture.kind != .svg,
            RenditionSet.isOffered(name.request, width: picture.width, height: picture.height, focus: picture.focus)
        else { throw ReaderError.notFound }
        let file: URL
        do {
            file = try await renditions.file(name, of: picture)
        } catch let error as PictureError {
            context.logger.warning(
                "rendition could not be made", metadata: ["sahifa.rendition": "\(path)", "sahifa.reason": "\(error)"])
            return Self.fallback(for: name, of: picture)
        }
        // Kept in the page cache like a page, so the next readers get it from the connection's
        // event loop (`CachedPageHandler`) without a store read or a disk read. It depends on
        // the site, whose change announcements include a focal point moved.
        return try await pages.respond(to: request) {
            let bytes = try await NIOThreadPool.singleton.runIfActive { try [UInt8](Data(contentsOf: file)) }
            return .page(
                CachedPage(
                    bytes: bytes, contentType: name.request.format.mediaType, dependencies: [.site],
                    cacheControl: "public, max-age=31536000, immutable"))
        }
    }

    /// What a reader gets when a rendition cannot be made, so the page never shows a broken
    /// picture: the same rendition in the next format (AVIF, then WebP, then JPEG), and when not
    /// even the JPEG can be made, a plain grey box of its size. Neither is kept anywhere, so the
    /// next reader's request tries again.
    static func fallback(for name: RenditionName, of picture: MediaAsset) -> Response {
        let request = name.request
        let next: RenditionFormat? =
            switch request.format {
            case .avif: .webp
            case .webp: .jpeg
            case .jpeg: nil
            }
        if let next {
            let instead = RenditionRequest(
                width: request.width, shape: request.shape, format: next, focus: request.focus)
            return Response(
                status: .found,
                headers: [.location: picture.source.renditionPath(instead), .cacheControl: "no-store"])
        }
        let size = request.size(ofPictureWidth: picture.width, height: picture.height)
        let box =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(size.width)\" height=\"\(size.height)\">"
            + "<rect width=\"100%\" height=\"100%\" fill=\"#e4e4e4\"/></svg>"
        return Response(
            status: .ok,
            headers: [
                .contentType: MediaKind.svg.contentType, .cacheControl: "no-store",
                .contentSecurityPolicy: "default-src 'none'; sandbox",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: box)))
    }
}
