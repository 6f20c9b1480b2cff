/// The renditions every picture gets: the theme's widths in each of its shapes and in every
/// format, none wider than the picture holds in that shape, and the widest it holds besides,
/// so the largest screens get all there is.
public enum RenditionSet {
    public static let widths = [320, 640, 960, 1280, 1920]
    /// The shapes of the reader site's slots; the social card (`CropShape.social`) is made
    /// once per article's hero, not for every picture.
    public static let shapes: [CropShape] = [.original, .wide, .classic, .square]
    /// What OpenGraph and X ask for, 1200 × 630.
    public static let socialCardWidth = 1200

    /// Every rendition of a picture, smallest first within each shape and format, then its
    /// social card as a JPEG (the one format every network reads).
    public static func requests(width: Int, height: Int, focus: PictureFocus) -> [RenditionRequest] {
        shapes.flatMap { shape in
            let kept = widths(for: shape, width: width, height: height)
            return RenditionFormat.allCases.flatMap { format in
                kept.map { RenditionRequest(width: $0, shape: shape, format: format, focus: focus.point(for: shape)) }
            }
        } + [socialCard(width: width, height: height, focus: focus)]
    }

    /// The 1200 × 630 card (smaller only for a picture that holds less) for sharing an article.
    public static func socialCard(width: Int, height: Int, focus: PictureFocus) -> RenditionRequest {
        RenditionRequest(
            width: widths(for: .social, width: width, height: height)[0], shape: .social, format: .jpeg,
            focus: focus.point(for: .social))
    }

    /// Whether the site writes this request for a picture of this size and focus; nothing else
    /// is made, however many addresses a stranger tries.
    public static func isOffered(_ request: RenditionRequest, width: Int, height: Int, focus: PictureFocus) -> Bool {
        guard request.focus == focus.point(for: request.shape) else { return false }
        if request.shape == .social { return request == socialCard(width: width, height: height, focus: focus) }
        return shapes.contains(request.shape)
            && widths(for: request.shape, width: width, height: height).contains(request.width)
    }

    /// The widths made in `shape`: the theme's that fit, and the widest crop itself.
    public static func widths(for shape: CropShape, width: Int, height: Int) -> [Int] {
        let widest = RenditionRequest(width: Int.max, shape: shape, format: .jpeg)
            .size(ofPictureWidth: width, height: height).width
        guard shape != .social else { return [min(widest, socialCardWidth)] }
        let largest = min(widest, widths.last ?? widest)
        return widths.filter { $0 < largest } + [largest]
    }
}
