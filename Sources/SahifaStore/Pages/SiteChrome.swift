import SahifaCore

/// What every page shows around its content: the site's settings, the section navigation
/// the live breaking-news items and the footer's static pages.
public struct SiteChrome: Sendable, Hashable {
    public var settings: SiteSettings
    /// In navigation order.
    public var sections: [Section]
    /// Items live at the time of the request, newest first.
    public var breaking: [BreakingItem]
    /// The static pages the footer lists, in the admin's order.
    public var footerPages: [StaticPageLink]

    /// The most breaking items a page shows at once.
    public static let tickerLimit = 10

    public init(
        settings: SiteSettings, sections: [Section], breaking: [BreakingItem], footerPages: [StaticPageLink] = []
    ) {
        self.settings = settings
        self.sections = sections
        self.breaking = breaking
        self.footerPages = footerPages
    }
}
