import CLibVips
import SahifaCore

/// Makes renditions of a picture with libvips: decoded with shrink-on-load, turned upright,
/// converted to sRGB, cropped to its shape around the subject, and encoded with every piece
/// of metadata stripped (EXIF, GPS, maker notes, XMP, IPTC) but one: the copyright, as EXIF's
/// Copyright tag, when the original names one or an agency's credit. Colour needs no profile:
/// the pixels are sRGB, which every browser assumes. Never enlarges: a rendition is at most as
/// wide as what the picture holds in that shape.
///
/// Blocking and CPU-bound: call it off the event loops.
public enum PictureRenderer {
    /// Chosen by eye on news photographs, where the file size per quality step flattens out.
    static let quality: [RenditionFormat: Int32] = [.jpeg: 80, .webp: 78, .avif: 55]
    /// libaom's effort, 0–9: the default (4) costs several times as long for a few per cent.
    static let avifEffort: Int32 = 2

    public struct Rendition: Sendable, Hashable {
        public let bytes: [UInt8]
        public let width: Int
        public let height: Int
    }

    /// - Throws: `PictureError.damaged` when the pixels cannot be decoded, `.encodingFailed`.
    public static func render(_ request: RenditionRequest, of bytes: [UInt8], header: PictureHeader)
        throws(PictureError) -> Rendition
    {
        try Vips.start()
        let size = request.size(ofPictureWidth: header.width, height: header.height)
        let made: Result<Rendition, PictureError> = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return .failure(.notAPicture) }
            guard let image = shaped(base, buffer.count, request, size, header) else {
                return .failure(.damaged(reason: Vips.takeError()))
            }
            defer { sahifa_vips_release(image) }
            return encode(image, request.format, copyright: CopyrightPacket(header.metadata))
        }
        return try made.get()
    }

    private static func shaped(
        _ base: UnsafeRawPointer, _ count: Int, _ request: RenditionRequest, _ size: (width: Int, height: Int),
        _ header: PictureHeader
    ) -> UnsafeMutablePointer<VipsImage>? {
        guard request.shape != .original else {
            return sahifa_vips_thumbnail(base, count, Int32(size.width), Int32(size.height), 0)
        }
        guard let focus = request.focus else {
            return sahifa_vips_thumbnail(
                base, count, Int32(size.width), Int32(size.height), Int32(VIPS_INTERESTING_ATTENTION.rawValue))
        }
        // Shrink so the crop just covers the picture's shorter side, then cut it out around the subject.
        let scale = max(Double(size.width) / Double(header.width), Double(size.height) / Double(header.height))
        let coverWidth = max(size.width, Int((Double(header.width) * scale).rounded(.up)))
        let coverHeight = max(size.height, Int((Double(header.height) * scale).rounded(.up)))
        guard let cover = sahifa_vips_thumbnail(base, count, Int32(coverWidth), Int32(coverHeight), 0) else {
            return nil
        }
        defer { sahifa_vips_release(cover) }
        let width = min(size.width, Int(vips_image_get_width(cover)))
        let height = min(size.height, Int(vips_image_get_height(cover)))
        let left = offset(centre: focus.x, span: width, within: Int(vips_image_get_width(cover)))
        let top = offset(centre: focus.y, span: height, within: Int(vips_image_get_height(cover)))
        return sahifa_vips_extract(cover, Int32(left), Int32(top), Int32(width), Int32(height))
    }

    /// Where a span centred on `centre` (a fraction) starts, kept inside the picture.
    static func offset(centre: Double, span: Int, within total: Int) -> Int {
        let start = Int((centre * Double(total) - Double(span) / 2).rounded())
        return min(max(0, start), total - span)
    }

    private static func encode(
        _ image: UnsafeMutablePointer<VipsImage>, _ format: RenditionFormat, copyright: CopyrightPacket?
    ) -> Result<Rendition, PictureError> {
        var output: UnsafeMutableRawPointer?
        var length = 0
        let quality = Self.quality[format] ?? 80
        let xmp = copyright?.xmp ?? []
        let failed: Int32 = withOptionalCString(copyright?.exif) { exif in
            xmp.withUnsafeBytes { packet in
                let start = copyright == nil ? nil : packet.baseAddress
                return switch format {
                case .jpeg: sahifa_vips_save_jpeg(image, quality, exif, start, packet.count, &output, &length)
                case .webp: sahifa_vips_save_webp(image, quality, exif, start, packet.count, &output, &length)
                case .avif:
                    sahifa_vips_save_avif(image, quality, avifEffort, exif, start, packet.count, &output, &length)
                }
            }
        }
        guard failed == 0, let output else {
            return .failure(.encodingFailed(format: format, reason: Vips.takeError()))
        }
        defer { g_free(output) }
        let written = Array(UnsafeRawBufferPointer(start: output, count: length))
        // With a copyright line, the WebP's XMP and EXIF chunks hold that line (and libvips's
        // resolution), nothing of the original's.
        let bytes = format == .webp && copyright == nil ? WebPChunks.withoutMetadata(written) : written
        return .success(
            Rendition(bytes: bytes, width: Int(vips_image_get_width(image)), height: Int(vips_image_get_height(image))))
    }
}

private func withOptionalCString<T>(_ text: String?, _ body: (UnsafePointer<CChar>?) -> T) -> T {
    guard let text else { return body(nil) }
    return text.withCString { body($0) }
}
