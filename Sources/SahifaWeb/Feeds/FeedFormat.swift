/// The three feed formats every list offers, each at `{list path}/{fileName}`.
enum FeedFormat: CaseIterable, Sendable {
    case rss, atom, json

    var fileName: String {
        switch self {
        case .rss: "feed.xml"
        case .atom: "atom.xml"
        case .json: "feed.json"
        }
    }

    var contentType: String {
        switch self {
        case .rss: "application/rss+xml; charset=utf-8"
        case .atom: "application/atom+xml; charset=utf-8"
        case .json: "application/feed+json; charset=utf-8"
        }
    }

    /// The type autodiscovery links announce.
    var linkType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }

    /// Where a list's feed lives: beside the list's own page.
    func path(forList listPath: String) -> String {
        (listPath == "/" ? "" : listPath) + "/" + fileName
    }
}
