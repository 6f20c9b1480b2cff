/// The renditions every picture gets: the theme's widths in each of its shapes and in every
/// format, none wider than the picture holds in that shape, and the widest it holds besides,
/// so the largest screens get all there is.
public enum RenditionSet {
    public static let widths = [320, 640, 960, 1280, 1920]
    /// The shapes of the reader site's slots; the social card (`CropShape.social`) is made
    /// once per article's hero, not for every picture.
    public static let shapes: [CropShape] = [.original, .wide, .classic, .square]

    /// Every rendition of a picture, smallest first within each shape and format.
    public static func requests(for header: PictureHeader, focus: FocalPoint?) -> [RenditionRequest] {
        shapes.flatMap { shape in
            let kept = widths(for: shape, header: header)
            return RenditionFormat.allCases.flatMap { format in
                kept.map { RenditionRequest(width: $0, shape: shape, format: format, focus: focus) }
            }
        }
    }

    /// The widths made in `shape`: the theme's that fit, and the widest crop itself.
    public static func widths(for shape: CropShape, header: PictureHeader) -> [Int] {
        let widest = PictureRenderer.cropSize(
            RenditionRequest(width: Int.max, shape: shape, format: .jpeg), header: header
        ).width
        let largest = min(widest, widths.last ?? widest)
        return widths.filter { $0 < largest } + [largest]
    }
}
