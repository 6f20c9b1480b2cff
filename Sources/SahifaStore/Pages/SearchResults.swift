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

extension SearchResults {
    /// The answer to a search in a section the site does not have: nothing found.
    package init(chrome: SiteChrome, nothingFor request: SearchRequest) {
        let empty = Page<SearchHit>(items: [], number: 1, size: request.page.size, totalCount: 0)
        self.init(chrome: chrome, hits: empty, matchedAllWords: true)
    }

    /// The page of `request` holding what a search `found`.
    package init(
        chrome: SiteChrome, request: SearchRequest, found: (hits: [SearchHit], total: Int), matchedAllWords: Bool
    ) {
        let hits = Page(items: found.hits, of: request.page, totalCount: found.total)
        self.init(chrome: chrome, hits: hits, matchedAllWords: matchedAllWords)
    }

    /// Whether a search that found `total` articles with every word is tried again with any
    /// word: when it found none and there is more than one word.
    package static func triesAnyWord(after total: Int, for request: SearchRequest) -> Bool {
        total == 0 && request.query.words.count > 1
    }
}

/// Where a search looks, from the request and the site's sections, the same on both stores.
package enum SearchScope {
    case everywhere
    case section(Section)
    /// The request names a section the site does not have: nothing can match.
    case unknownSection

    package init(_ request: SearchRequest, sections: [Section]) {
        guard let slug = request.sectionSlug else {
            self = .everywhere
            return
        }
        self = sections.first { $0.slug == slug }.map(SearchScope.section) ?? .unknownSection
    }

    package var section: Section? {
        if case .section(let section) = self { section } else { nil }
    }
}
