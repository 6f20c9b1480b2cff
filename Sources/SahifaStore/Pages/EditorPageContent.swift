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

    package init(
        chrome: SiteChrome, article: Article?, choices: EditorChoices, suggestedTags: [Tag],
        related: [ArticleTeaser], latest: [ArticleTeaser]
    ) {
        self.chrome = chrome
        self.article = article
        self.choices = choices
        self.suggestedTags = suggestedTags
        cardChoices =
            related.isEmpty
            ? Array(latest.filter { $0.id != article?.id }.prefix(Self.cardChoiceCount)) : related
    }

    /// How many tags and card stories the editor offers.
    package static let suggestedTagCount = 8
    package static let cardChoiceCount = 6
}
