import SahifaCore

/// One page of search results, with the site chrome for the results page.
public struct SearchResults: Sendable, Hashable {
    public var chrome: SiteChrome
    public var hits: Page<SearchHit>
    /// Whether every word had to match; when no article has them all, any word will do.
    public var matchedAllWords: Bool

    public init(chrome: SiteChrome, hits: Page<SearchHit>, matchedAllWords: Bool) {
        self.chrome = chrome
        self.hits = hits
        self.matchedAllWords = matchedAllWords
    }
}
