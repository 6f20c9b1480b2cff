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
