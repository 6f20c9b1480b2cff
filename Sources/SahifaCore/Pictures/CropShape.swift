/// The shapes the theme's slots show a picture in. Each has a name that goes into the
/// rendition's address, so it is part of what a URL promises and never changes.
public enum CropShape: String, Sendable, Hashable, CaseIterable {
    /// As the photographer framed it.
    case original = "o"
    /// 16:9, the lead picture and the cards.
    case wide = "16x9"
    /// 4:3.
    case classic = "4x3"
    /// 1:1, thumbnails.
    case square = "1x1"
    /// 1200 × 630, what OpenGraph and X show.
    case social = "40x21"

    /// The shapes an editor may give a point of their own; the original cuts nothing.
    public static let adjustable: [CropShape] = [.wide, .classic, .square, .social]

    /// Width to height; nil for the original's own.
    public var ratio: (width: Int, height: Int)? {
        switch self {
        case .original: nil
        case .wide: (16, 9)
        case .classic: (4, 3)
        case .square: (1, 1)
        case .social: (40, 21)
        }
    }
}
