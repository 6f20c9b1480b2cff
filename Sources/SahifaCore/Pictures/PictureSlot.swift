/// A place on the reader site where pictures are shown. Each slot has a shape and a width on
/// the screen at each screen size, which the browser uses to choose from `srcset` before it
/// has laid the page out. The widths follow site.css (a 42rem article column, a 72rem page,
/// the 40rem and 64rem breakpoints); a change there must change them too.
public enum PictureSlot: Sendable, Hashable {
    /// The article's own picture, above the body, as wide as the column.
    case hero
    /// A picture placed in the body, as the photographer framed it.
    case bodyFigure
    /// The home page's lead story, beside its headline on wide screens.
    case lead
    /// A story in a grid: one column on a phone (a small picture beside the headline), two,
    /// then four.
    case card
    /// A story in a list: a small picture beside the headline and summary.
    case listItem
    /// A related-news card inside the body: a small square.
    case inlineCard

    public var shape: CropShape {
        switch self {
        case .hero, .lead, .card, .listItem: .wide
        case .bodyFigure: .original
        case .inlineCard: .square
        }
    }

    /// The `sizes` attribute: how wide the picture is drawn, first matching condition wins.
    public var sizes: String {
        switch self {
        case .hero, .bodyFigure: "(min-width: 44rem) 42rem, calc(100vw - 2rem)"
        case .lead: "(min-width: 72rem) 42rem, (min-width: 64rem) 58vw, calc(100vw - 2rem)"
        case .card:
            "(min-width: 72rem) 16.5rem, (min-width: 64rem) calc(25vw - 2rem), (min-width: 40rem) calc(50vw - 2.7rem), 7.5rem"
        case .listItem: "(min-width: 40rem) 14rem, 7.5rem"
        case .inlineCard: "4.5rem"
        }
    }
}

/// When the browser fetches a picture.
public enum PictureLoading: Sendable, Hashable {
    /// Below the fold: fetched when the reader scrolls near it.
    case lazy
    /// The page's largest picture, in view at once: fetched before anything else.
    case first
}
