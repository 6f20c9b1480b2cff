import SahifaCore

/// Everything an article page shows, read in one transaction. Its related stories are read
/// as cards: with no summary, picture caption or credit, or source id, none of which a card
/// shows.
public struct ArticlePageContent: Sendable, Hashable {
    public var chrome: SiteChrome
    public var article: Article
    /// The editor-placed related cards that are published, by id; a card whose story is
    /// not published is left out of the page.
    public var relatedCards: [ArticleID: ArticleTeaser]
    /// "أخبار ذات علاقة" at the end of the article: the related news worked out for it,
    /// leaving out the stories the editor already placed in the body.
    public var relatedNews: [ArticleTeaser]

    public init(
        chrome: SiteChrome,
        article: Article,
        relatedCards: [ArticleID: ArticleTeaser],
        relatedNews: [ArticleTeaser]
    ) {
        self.chrome = chrome
        self.article = article
        self.relatedCards = relatedCards
        self.relatedNews = relatedNews
    }
}

extension ArticlePageContent {
    /// How many related stories the end of an article page lists.
    package static let relatedNewsShown = 4

    /// How many of the article's related news to read when the editor placed `cards` cards in
    /// it: enough to fill the list after leaving those out.
    package static func relatedNewsToRead(besides cards: [ArticleID: ArticleTeaser]) -> Int {
        relatedNewsShown + cards.count
    }

    /// The page, its related news being the best of `candidates` that the editor did not
    /// already place as cards.
    package init(chrome: SiteChrome, article: Article, cards: [ArticleID: ArticleTeaser], candidates: [ArticleTeaser]) {
        self.init(
            chrome: chrome,
            article: article,
            relatedCards: cards,
            relatedNews: Array(candidates.filter { cards[$0.id] == nil }.prefix(Self.relatedNewsShown))
        )
    }
}
