import SahifaCore

/// A static page as readers see it: its title and body inside the site's frame.
struct StaticPageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: PageChrome
    var title: String
    var body: TrustedHTML
}
