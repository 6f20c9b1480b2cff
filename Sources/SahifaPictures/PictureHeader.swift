import CLibVips

/// What a picture's header says, read by libvips without decoding a pixel: its kind and its
/// upright size (a phone's portrait photo is stored landscape with an EXIF orientation).
public struct PictureHeader: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case jpeg, png, webp, gif, heif
    }

    public let kind: Kind
    public let width: Int
    public let height: Int

    /// - Parameter pixelLimit: the most pixels a picture may declare; a decompression bomb (a
    ///   few bytes declaring 50,000 × 50,000) is refused here, before anything is decoded.
    /// - Throws: `PictureError.notAPicture`, `.tooManyPixels`, or `.damaged` for a header
    ///   that cannot be read.
    public init(of bytes: [UInt8], pixelLimit: Int) throws(PictureError) {
        try Vips.start()
        let read: Result<(Kind, Int, Int), PictureError> = bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, let loader = vips_foreign_find_load_buffer(base, buffer.count),
                let kind = Self.kind(ofLoader: String(cString: loader))
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
            return .success(swapped ? (kind, height, width) : (kind, width, height))
        }
        let (kind, width, height) = try read.get()
        guard width > 0, height > 0 else { throw .damaged(reason: "the header declares no pixels") }
        guard width.multipliedReportingOverflow(by: height).partialValue <= pixelLimit, width <= 1 << 24,
            height <= 1 << 24
        else { throw .tooManyPixels(width: width, height: height, limit: pixelLimit) }
        self.kind = kind
        self.width = width
        self.height = height
    }

    /// Decodes the whole picture once, as an upload is taken, so that one cut short or corrupt
    /// half-way is refused then rather than failing each rendition later.
    /// - Throws: `PictureError.damaged` with libvips's reason.
    public func checkDecodes(_ bytes: [UInt8]) throws(PictureError) {
        let decodes = bytes.withUnsafeBytes { sahifa_vips_decodes($0.baseAddress, $0.count) != 0 }
        guard decodes else { throw .damaged(reason: Vips.takeError()) }
    }

    /// libvips names its loaders by class; only the unblocked ones (`shim.h`) get this far.
    private static func kind(ofLoader name: String) -> Kind? {
        if name.hasPrefix("VipsForeignLoadJpeg") { return .jpeg }
        if name.hasPrefix("VipsForeignLoadPng") { return .png }
        if name.hasPrefix("VipsForeignLoadWebp") { return .webp }
        if name.hasPrefix("VipsForeignLoadNsgif") { return .gif }
        if name.hasPrefix("VipsForeignLoadHeif") { return .heif }
        return nil
    }
}
