import Foundation
import Logging
import NIOPosix
import SahifaCore
import SahifaPictures
import SahifaStore

/// Making a stored picture's renditions into the cache: one when a reader asks for it, or the
/// whole set right after an upload, so the story's first readers find them made. Either way
/// the cache makes each file once, however many ask.
struct PictureRenditions: Sendable {
    let library: any MediaLibrary
    let cache: RenditionCache
    let pixelLimit: Int

    /// The file of one rendition, made now if it is not in the cache.
    /// - Throws: `ReaderError.notFound` when the original is missing from the media folder;
    ///   `PictureError` when it cannot be made.
    func file(_ name: RenditionName, of picture: MediaAsset) async throws -> URL {
        let library = library
        let pixelLimit = pixelLimit
        return try await cache.file(for: name) {
            // Decoding and encoding take a good part of a second: NIO's thread pool, not an event loop.
            try await NIOThreadPool.singleton.runIfActive {
                let (original, header) = try Self.original(of: picture, library: library, pixelLimit: pixelLimit)
                return try PictureRenderer.render(name.request, of: original, header: header).bytes
            }
        }
    }

    /// Makes every rendition the site offers of `picture`, in the background, smallest first.
    /// One that fails is logged and left for a reader's request to try again.
    @discardableResult
    func makeAll(of picture: MediaAsset, logger: Logger) -> Task<Void, Never> {
        let requests = RenditionSet.requests(width: picture.width, height: picture.height, focus: picture.focus)
            .sorted { $0.width < $1.width }
        return Task.detached(priority: .background) {
            for request in requests {
                let name = RenditionName(original: picture.hash, request: request)
                do {
                    _ = try await file(name, of: picture)
                } catch {
                    logger.warning(
                        "rendition could not be made",
                        metadata: ["sahifa.rendition": "\(name.path)", "sahifa.reason": "\(error)"])
                }
            }
        }
    }

    private static func original(of picture: MediaAsset, library: any MediaLibrary, pixelLimit: Int) throws
        -> ([UInt8], PictureHeader)
    {
        guard let bytes = try library.contents(ofFileNamed: picture.hash + "." + picture.kind.fileExtension) else {
            throw ReaderError.notFound
        }
        return (bytes, try PictureHeader(of: bytes, pixelLimit: pixelLimit))
    }
}
