/// The parts of a reader page that come from the site's chrome alone, written once and
/// shared by every page until the chrome changes (`ChromeRenderings`). Presenting and writing
/// them for each page (feed links, ticker, masthead, sections, "تابعونا على", footer) took
/// about 4 % of the server's time on the uncached article page.
struct RenderedChrome: Sendable, Hashable {
    /// The whole site's feed links, for the head.
    let siteFeeds: HTMLWriter
    /// Stylesheet, icon and live script, the end of the head, and `<body` left open for the
    /// page's own attributes.
    let headEnd: HTMLWriter
    /// From the end of the body tag: skip link, breaking ticker, masthead and sections.
    let top: HTMLWriter
    /// "تابعونا على", the footer and the end of the document.
    let bottom: HTMLWriter

    init(_ chrome: ChromeModel) {
        var siteFeeds = HTMLWriter(capacity: 1024)
        Layout.feedLinks(chrome.siteFeeds, into: &siteFeeds)
        var headEnd = HTMLWriter(capacity: 512)
        Layout.headEnd(chrome, into: &headEnd)
        var top = HTMLWriter(capacity: 4096)
        Layout.top(chrome, into: &top)
        var bottom = HTMLWriter(capacity: 2048)
        Layout.bottom(chrome, into: &bottom)
        (self.siteFeeds, self.headEnd, self.top, self.bottom) = (siteFeeds, headEnd, top, bottom)
    }
}

/// What a page shows around its content: the chrome, and the live channel's last event when
/// the page was made, which changes far more often than the chrome.
struct PageChrome: Sendable, Hashable {
    var rendered: RenderedChrome
    var liveSince: UInt64
}
