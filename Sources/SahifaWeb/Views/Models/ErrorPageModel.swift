/// An error page a reader can act on: what happened, in Arabic, and where to go next.
struct ErrorPageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: PageChrome
    var title: String
    var message: String
    var links: [LinkModel]
}
