import SahifaCore

/// What a static page shows: the page and the site around it.
public struct StaticPageContent: Sendable, Hashable {
    public var chrome: SiteChrome
    public var page: StaticPage

    public init(chrome: SiteChrome, page: StaticPage) {
        self.chrome = chrome
        self.page = page
    }
}
