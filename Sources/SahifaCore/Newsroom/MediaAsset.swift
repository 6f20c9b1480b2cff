/// A stored picture: the file is named by the SHA-256 of its bytes, so the same photo
/// uploaded twice is stored once and its URL can be cached forever.
public struct MediaAsset: Sendable, Hashable {
    /// Lower-case hex SHA-256 of the file's bytes.
    public var hash: String
    public var kind: MediaKind
    /// Describes the picture for readers who cannot see it; never empty.
    public var alt: String
    public var caption: String
    /// Who made it, usually an agency (أ ف ب، رويترز); shown in parentheses after the caption.
    public var credit: String
    public var width: Int
    public var height: Int
    public var byteCount: Int
    /// Where the subject is, chosen by the editor; every crop keeps it.
    public var focus: PictureFocus

    public init(
        hash: String,
        kind: MediaKind,
        alt: String,
        caption: String,
        credit: String,
        width: Int,
        height: Int,
        byteCount: Int,
        focus: PictureFocus = .none
    ) {
        self.hash = hash
        self.kind = kind
        self.alt = alt
        self.caption = caption
        self.credit = credit
        self.width = width
        self.height = height
        self.byteCount = byteCount
        self.focus = focus
    }

    public var source: PictureSource {
        PictureSource(hash: hash, kind: kind, width: width, height: height, byteCount: byteCount, focus: focus)
    }

    /// `/media/hash.ext`: `hash.ext` is the name of the file in the media folder.
    public var path: String {
        ShortString.make(capacity: 8 + hash.utf8.count + kind.fileExtension.utf8.count) { path in
            path.append("/media/")
            path.append(hash)
            path.byte(UInt8(ascii: "."))
            path.append(kind.fileExtension)
        }
    }
}
