/// The picture formats Sahifa stores and serves, each recognised by its bytes.
public enum MediaKind: String, Sendable, CaseIterable, Codable {
    case jpeg
    case png
    case webp
    case gif
    /// What phones send (HEVC in HEIF); shown to readers only through renditions.
    case heic
    case avif
    /// Drawings shipped with Sahifa itself (demo pictures, logos); never accepted from uploads.
    case svg

    public var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .gif: "gif"
        case .heic: "heic"
        case .avif: "avif"
        case .svg: "svg"
        }
    }

    public var contentType: String {
        switch self {
        case .jpeg: "image/jpeg"
        case .png: "image/png"
        case .webp: "image/webp"
        case .gif: "image/gif"
        case .heic: "image/heic"
        case .avif: "image/avif"
        case .svg: "image/svg+xml"
        }
    }

    /// The kind whose file extension this is, for reading a media URL.
    public init?(fileExtension: String) {
        guard let kind = Self.allCases.first(where: { $0.fileExtension == fileExtension }) else { return nil }
        self = kind
    }
}
