import SahifaCore

/// Everything the article editor shows, read in one transaction on the primary: the article
/// (nil for a new one), the chrome for the site's clock and digits, what the editor offers to
/// choose from, the tags its text suggests, and the stories worth placing as an inline card.
public struct EditorPageContent: Sendable, Hashable {
    public var chrome: SiteChrome
    public var article: Article?
    public var choices: EditorChoices
    public var suggestedTags: [Tag]
    /// The article's related news, else the latest published stories other than itself.
    public var cardChoices: [ArticleTeaser]
    /// The article's related news, as the related-news job found it (empty for a new one).
    public var relatedNews: [ArticleTeaser]
    /// The latest published stories other than the article itself.
    public var latestStories: [ArticleTeaser]

    package init(
        chrome: SiteChrome, article: Article?, choices: EditorChoices, suggestedTags: [Tag],
        related: [ArticleTeaser], latest: [ArticleTeaser]
    ) {
        self.chrome = chrome
        self.article = article
        self.choices = choices
        self.suggestedTags = suggestedTags
        relatedNews = related
        latestStories = latest.filter { $0.id != article?.id }
        cardChoices = related.isEmpty ? Array(latestStories.prefix(Self.cardChoiceCount)) : related
    }

    /// How many tags and card stories the editor offers.
    package static let suggestedTagCount = 8
    package static let cardChoiceCount = 6
}
