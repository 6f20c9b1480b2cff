/// One rendition: a width, a shape and an encoding, cropped around the subject.
public struct RenditionRequest: Sendable, Hashable {
    public let width: Int
    public let shape: CropShape
    public let format: RenditionFormat
    /// nil lets libvips's attention-based smart crop choose what to keep. Always nil in the
    /// original shape, which cuts nothing, so that one rendition has one name.
    public let focus: FocalPoint?

    public init(width: Int, shape: CropShape, format: RenditionFormat, focus: FocalPoint? = nil) {
        self.width = width
        self.shape = shape
        self.format = format
        self.focus = shape == .original ? nil : focus
    }

    /// The rendition's size for a picture of `pictureWidth` × `pictureHeight` upright pixels:
    /// the largest crop of this shape the picture holds, no wider than asked.
    public func size(ofPictureWidth pictureWidth: Int, height pictureHeight: Int) -> (width: Int, height: Int) {
        guard let ratio = shape.ratio else {
            let kept = max(1, min(width, pictureWidth))
            return (kept, max(1, (pictureHeight * kept + pictureWidth / 2) / max(1, pictureWidth)))
        }
        let widest = min(pictureWidth, pictureHeight * ratio.width / ratio.height)
        let kept = max(1, min(width, widest))
        return (kept, max(1, (kept * ratio.height + ratio.width / 2) / ratio.width))
    }
}
