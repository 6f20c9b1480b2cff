import SahifaCore

/// Something a reader page shows and that can change under it. Each page records what it
/// depends on; each write names what it changed; a cache drops exactly the pages whose
/// dependencies a write names. The same names go out as `Surrogate-Key` headers, so a CDN
/// can purge by them too.
public enum PageDependency: Hashable, Sendable {
    /// One article's words, picture or byline, wherever it is shown.
    case article(ArticleID)
    /// The related news worked out for one article, shown only at the end of its own page.
    case relatedNews(ArticleID)
    /// Which articles a section lists (its pages and feeds).
    case section(Int64)
    /// Which articles a tag lists.
    case tag(Int64)
    /// Which articles an author's page lists.
    case author(Int64)
    /// Which articles are published at all: the home page, the site's feeds, search.
    case home
    /// The dates and list of every published article, for sitemaps.
    case archive
    /// The breaking-news ticker, shown on every page.
    case breaking
    /// Settings, navigation and the names of sections: the frame of every page.
    case site

    /// The name in `Surrogate-Key` and `Cache-Tag` headers and CDN purges.
    public var surrogateKey: String {
        switch self {
        // Concatenation, not interpolation: a page has a dozen keys, made on every render.
        case .article(let id): "article-" + String(id.rawValue)
        case .relatedNews(let id): "related-" + String(id.rawValue)
        case .section(let id): "section-" + String(id)
        case .tag(let id): "tag-" + String(id)
        case .author(let id): "author-" + String(id)
        case .home: "home"
        case .archive: "archive"
        case .breaking: "breaking"
        case .site: "site"
        }
    }

    /// The dependency a surrogate key names; nil for anything else.
    public init?(surrogateKey key: some StringProtocol) {
        switch key {
        case "home": self = .home
        case "archive": self = .archive
        case "breaking": self = .breaking
        case "site": self = .site
        default:
            guard let dash = key.lastIndex(of: "-"), let number = Int64(key[key.index(after: dash)...]), number > 0
            else {
                return nil
            }
            switch key[..<dash] {
            case "article": self = .article(ArticleID(number))
            case "related": self = .relatedNews(ArticleID(number))
            case "section": self = .section(number)
            case "tag": self = .tag(number)
            case "author": self = .author(number)
            default: return nil
            }
        }
    }
}
