import CLibVips
import SahifaCore

/// What a picture's header says, read by libvips without decoding a pixel: its kind and its
/// upright size (a phone's portrait photo is stored landscape with an EXIF orientation).
public struct PictureHeader: Sendable, Hashable {
    /// Never `.svg`: drawings are not read by libvips.
    public let kind: MediaKind
    public let width: Int
    public let height: Int
    /// Caption, credit, byline and copyright from the file's XMP and IPTC, for the media
    /// library to prefill; renditions never carry them.
    public let metadata: PictureMetadata

    /// - Parameter pixelLimit: the most pixels a picture may declare; a decompression bomb (a
    ///   few bytes declaring 50,000 × 50,000) is refused here, before anything is decoded.
    /// - Throws: `PictureError.notAPicture`, `.tooManyPixels`, or `.damaged` for a header
    ///   that cannot be read.
    public init(of bytes: [UInt8], pixelLimit: Int) throws(PictureError) {
        try Vips.start()
        let read: Result<(MediaKind, Int, Int, PictureMetadata), PictureError> = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let loader = vips_foreign_find_load_buffer(base, buffer.count),
                let kind = Self.kind(ofLoader: String(cString: loader), bytes: buffer)
            else {
                vips_error_clear()
                return .failure(.notAPicture)
            }
            guard let image = sahifa_vips_open(base, buffer.count) else {
                return .failure(.damaged(reason: Vips.takeError()))
            }
            defer { sahifa_vips_release(image) }
            let swapped = vips_image_get_orientation_swap(image) != 0
            let width = Int(vips_image_get_width(image))
            let height = Int(vips_image_get_height(image))
            let metadata = PictureMetadata.read(
                iptc: Self.blob("iptc-data", of: image), xmp: Self.blob("xmp-data", of: image))
            return .success(swapped ? (kind, height, width, metadata) : (kind, width, height, metadata))
        }
        let (kind, width, height, metadata) = try read.get()
        guard width > 0, height > 0 else { throw .damaged(reason: "the header declares no pixels") }
        guard width.multipliedReportingOverflow(by: height).partialValue <= pixelLimit, width <= 1 << 24,
            height <= 1 << 24
        else { throw .tooManyPixels(width: width, height: height, limit: pixelLimit) }
        self.kind = kind
        self.width = width
        self.height = height
        self.metadata = metadata
    }

    private static func blob(_ name: String, of image: UnsafeMutablePointer<VipsImage>) -> [UInt8]? {
        var length = 0
        guard let copy = sahifa_vips_copy_blob(image, name, &length) else { return nil }
        defer { g_free(copy) }
        return Array(UnsafeRawBufferPointer(start: copy, count: length))
    }

    /// Checks that the file is one whole picture and nothing besides, as an upload is taken:
    /// its structure followed to its end with nothing hidden after it (`PictureEnd`), then
    /// every pixel decoded, so that one cut short or corrupt half-way is refused then rather
    /// than failing each rendition later. Decoded two ways, since
    /// libvips 8.14 finds different faults in each: every pixel at full size (a JPEG cut
    /// short), and a small rendition through the renditions' own path (a WebP whose tiles do
    /// not decode, which the full-size pass only warns of).
    /// - Throws: `PictureError.hiddenData`, or `.damaged` with the reason.
    public func checkDecodes(_ bytes: [UInt8]) throws(PictureError) {
        guard let hidden = PictureEnd.hiddenByteCount(in: bytes, kind: kind) else {
            throw .damaged(reason: "the file ends before its picture does")
        }
        guard hidden == 0 else { throw .hiddenData(byteCount: hidden) }
        let decodes = bytes.withUnsafeBytes { sahifa_vips_decodes($0.baseAddress, $0.count) != 0 }
        guard decodes else { throw .damaged(reason: Vips.takeError()) }
        let sample = RenditionRequest(width: 16, shape: .original, format: .jpeg)
        do {
            _ = try PictureRenderer.render(sample, of: bytes, header: self)
        } catch .encodingFailed(_, let reason) {
            throw .damaged(reason: reason)
        }
    }

    /// libvips names its loaders by class; only the unblocked ones (`shim.h`) get this far.
    private static func kind(ofLoader name: String, bytes: UnsafeRawBufferPointer) -> MediaKind? {
        if name.hasPrefix("VipsForeignLoadJpeg") { return .jpeg }
        if name.hasPrefix("VipsForeignLoadPng") { return .png }
        if name.hasPrefix("VipsForeignLoadWebp") { return .webp }
        if name.hasPrefix("VipsForeignLoadNsgif") { return .gif }
        // One loader reads both; the file type box's major brand says which it is.
        if name.hasPrefix("VipsForeignLoadHeif") {
            return bytes.count >= 12 && ["avif", "avis"].contains(String(decoding: bytes[8..<12], as: UTF8.self))
                ? .avif : .heic
        }
        return nil
    }
}
