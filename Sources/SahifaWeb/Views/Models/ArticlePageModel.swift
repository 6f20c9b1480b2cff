import SahifaCore

/// The article page, every part in reading order, formatted for the site's readers.
struct ArticlePageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: ChromeModel
    var section: LinkModel
    var kicker: String?
    var headline: String
    var summary: String
    var hero: ImageModel?
    var byline: [LinkModel]
    var published: Dateline
    /// When the text changed after publication.
    var updated: Dateline?
    var body: [BodyPart]
    /// أخبار ذات علاقة at the end: worked out from the text, after the editor's own cards.
    var relatedNews: [TeaserModel]
    var tags: [LinkModel]
    var share: [LinkModel]

    enum BodyPart: Sendable, Hashable {
        case html(TrustedHTML)
        /// أخبار ذات علاقة, placed by the editor between paragraphs.
        case relatedCard(TeaserModel)
    }
}
