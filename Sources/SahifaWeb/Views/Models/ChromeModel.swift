/// What every page shows around its content, ready to write.
struct ChromeModel: Sendable, Hashable {
    var siteName: String
    var tagline: String
    var logo: ImageModel?
    var navigation: [LinkModel]
    /// عاجل: the live breaking items.
    var breaking: [TickerItem]
    /// تابعونا على
    var social: [SocialLinkModel]
    var copyright: String
    /// The static pages listed in the footer.
    var footerPages: [LinkModel]
    var stylesheetHref: String
    var iconHref: String
    /// The whole site's feeds, announced in every page's head.
    var siteFeeds: [FeedLink]
    var liveScriptHref: String
    var embedScriptHref: String
}

struct TickerItem: Sendable, Hashable {
    var text: String
    var href: String?
}

struct SocialLinkModel: Sendable, Hashable {
    /// Names the network for styling (`x`, `facebook`, …).
    var network: String
    var label: String
    var href: String
}
