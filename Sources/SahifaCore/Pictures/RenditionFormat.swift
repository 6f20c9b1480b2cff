/// The encodings every rendition is made in; browsers pick the first they read from `<picture>`.
public enum RenditionFormat: String, Sendable, Hashable, CaseIterable {
    case avif, webp, jpeg

    public var mediaType: String {
        switch self {
        case .avif: "image/avif"
        case .webp: "image/webp"
        case .jpeg: "image/jpeg"
        }
    }

    public var fileExtension: String {
        switch self {
        case .avif: "avif"
        case .webp: "webp"
        case .jpeg: "jpg"
        }
    }
}
