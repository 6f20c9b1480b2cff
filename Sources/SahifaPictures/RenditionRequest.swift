/// One rendition: a width, a shape and an encoding, cropped around the subject.
public struct RenditionRequest: Sendable, Hashable {
    public let width: Int
    public let shape: CropShape
    public let format: RenditionFormat
    /// nil lets libvips's attention-based smart crop choose what to keep.
    public let focus: FocalPoint?

    public init(width: Int, shape: CropShape, format: RenditionFormat, focus: FocalPoint? = nil) {
        self.width = width
        self.shape = shape
        self.format = format
        self.focus = focus
    }
}
