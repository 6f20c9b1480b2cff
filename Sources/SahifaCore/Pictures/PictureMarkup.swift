/// The `<picture>` element a stored picture is shown with: AVIF, then WebP, then a JPEG `<img>`
/// for browsers that read neither, each with every width of its slot's shape in `srcset`, so
/// the browser fetches the one rendition the screen needs. Width and height are the shape's,
/// so the page keeps the picture's place before it arrives.
public enum PictureMarkup {
    /// The JPEG in `src`, for the few browsers that read no `srcset`: wide enough for a
    /// column, small enough for a phone.
    static let fallbackWidth = 960

    public static func append(
        _ picture: PictureSource, alt: String, slot: PictureSlot, loading: PictureLoading, to out: inout [UInt8]
    ) {
        guard !picture.isShownAsStored else {
            image(src: picture.path, width: picture.width, height: picture.height, alt: alt, loading: loading, to: &out)
            return
        }
        let shape = slot.shape
        let widths = RenditionSet.widths(for: shape, width: picture.width, height: picture.height)
        let largest = widths.last ?? picture.width
        let size = RenditionRequest(width: largest, shape: shape, format: .jpeg)
            .size(ofPictureWidth: picture.width, height: picture.height)
        out.append(contentsOf: "<picture>".utf8)
        for format in [RenditionFormat.avif, .webp] {
            out.append(contentsOf: "<source type=\"\(format.mediaType)\" srcset=\"".utf8)
            sourceSet(picture, widths: widths, shape: shape, format: format, to: &out)
            out.append(contentsOf: "\" sizes=\"\(slot.sizes)\">".utf8)
        }
        let fallback = widths.last(where: { $0 <= fallbackWidth }) ?? widths.first ?? largest
        let src = picture.renditionPath(
            RenditionRequest(width: fallback, shape: shape, format: .jpeg, focus: picture.focus.point(for: shape)))
        out.append(contentsOf: "<img srcset=\"".utf8)
        sourceSet(picture, widths: widths, shape: shape, format: .jpeg, to: &out)
        out.append(contentsOf: "\" sizes=\"\(slot.sizes)\"".utf8)
        image(src: src, width: size.width, height: size.height, alt: alt, loading: loading, opened: true, to: &out)
        out.append(contentsOf: "</picture>".utf8)
    }

    private static func sourceSet(
        _ picture: PictureSource, widths: [Int], shape: CropShape, format: RenditionFormat, to out: inout [UInt8]
    ) {
        for (index, width) in widths.enumerated() {
            if index > 0 { out.append(contentsOf: ", ".utf8) }
            let request = RenditionRequest(
                width: width, shape: shape, format: format, focus: picture.focus.point(for: shape))
            out.append(contentsOf: "\(picture.renditionPath(request)) \(width)w".utf8)
        }
    }

    private static func image(
        src: String, width: Int, height: Int, alt: String, loading: PictureLoading, opened: Bool = false,
        to out: inout [UInt8]
    ) {
        out.append(contentsOf: (opened ? " src=\"" : "<img src=\"").utf8)
        out.append(contentsOf: src.utf8)
        out.append(contentsOf: "\" alt=\"".utf8)
        HTMLEscaping.append(alt, to: &out)
        out.append(contentsOf: "\" width=\"\(width)\" height=\"\(height)\"".utf8)
        switch loading {
        case .lazy: out.append(contentsOf: " loading=\"lazy\" decoding=\"async\">".utf8)
        case .first: out.append(contentsOf: " fetchpriority=\"high\">".utf8)
        }
    }
}
