/// What the reader site needs to know of a stored picture to offer its renditions.
public struct PictureSource: Sendable, Hashable {
    public var hash: String
    public var kind: MediaKind
    /// Upright pixels, the EXIF orientation applied.
    public var width: Int
    public var height: Int
    public var byteCount: Int
    /// Where the editor said the subject is; without it, the attention crop chooses.
    public var focus: PictureFocus

    public init(hash: String, kind: MediaKind, width: Int, height: Int, byteCount: Int, focus: PictureFocus) {
        self.hash = hash
        self.kind = kind
        self.width = width
        self.height = height
        self.byteCount = byteCount
        self.focus = focus
    }

    /// A GIF up to this size is shown as uploaded, so its animation plays; a larger one would
    /// cost a phone more than the story, and is shown by the renditions of its first frame.
    public static let animatedGIFLimit = 2 * 1024 * 1024

    /// Whether readers get the stored file itself: drawings, which scale without renditions,
    /// and small GIFs. Every other picture reaches readers only through its renditions, so the
    /// original, with whatever metadata its camera wrote, stays in the newsroom.
    public var isShownAsStored: Bool {
        kind == .svg || (kind == .gif && byteCount <= Self.animatedGIFLimit)
    }

    /// `/media/hash.ext`, the stored file.
    public var path: String { "/media/\(hash).\(kind.fileExtension)" }

    /// The address of one rendition.
    public func renditionPath(_ request: RenditionRequest) -> String {
        "/media/r/" + RenditionName(original: hash, request: request).path
    }

    /// Where readers get the whole picture at one address (an old link to the file, a link in
    /// a body): the stored file when readers may have it, else the largest rendition.
    public var readerPath: String { whole.path }

    /// The whole picture as readers may have it: the stored file, or the largest rendition.
    public var whole: File {
        guard !isShownAsStored else { return stored }
        let widest = RenditionSet.widths(for: .original, width: width, height: height).last ?? width
        return rendition(RenditionRequest(width: widest, shape: .original, format: .jpeg))
    }

    /// One picture file at one address, with what a card or a feed says of it.
    public struct File: Sendable, Hashable {
        public var path: String
        public var width: Int
        public var height: Int
        public var mediaType: String
        /// Known for the stored file only: a rendition's size is known once it is made.
        public var byteCount: Int?
    }

    /// What a shared link shows (OpenGraph, X, feeds): the 1200 × 630 card cut around the
    /// subject, as a JPEG.
    public var socialCard: File {
        guard !isShownAsStored else { return stored }
        return rendition(RenditionSet.socialCard(width: width, height: height, focus: focus))
    }

    /// For search engines, which ask for a news picture in 16:9, 4:3 and 1:1: each as large as
    /// the site makes it.
    public var searchEngineFiles: [File] {
        guard !isShownAsStored else { return [stored] }
        return [CropShape.wide, .classic, .square].map { shape in
            let widest = RenditionSet.widths(for: shape, width: width, height: height).last ?? width
            return rendition(
                RenditionRequest(width: widest, shape: shape, format: .jpeg, focus: focus.point(for: shape)))
        }
    }

    private var stored: File {
        File(path: path, width: width, height: height, mediaType: kind.contentType, byteCount: byteCount)
    }

    private func rendition(_ request: RenditionRequest) -> File {
        let size = request.size(ofPictureWidth: width, height: height)
        return File(
            path: renditionPath(request), width: size.width, height: size.height, mediaType: request.format.mediaType,
            byteCount: nil)
    }

}
