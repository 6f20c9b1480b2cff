import SahifaCore

/// The article page, every part in reading order, formatted for the site's readers.
struct ArticlePageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: PageChrome
    var section: LinkModel
    var kicker: String?
    var headline: String
    var summary: String
    var hero: ImageModel?
    var byline: [LinkModel]
    var published: Dateline
    /// When the text changed after publication.
    var updated: Dateline?
    /// An editor's correction, with when it was made.
    var correction: CorrectionNotice?
    var body: [BodyPart]
    /// أخبار ذات علاقة at the end: worked out from the text, after the editor's own cards.
    var relatedNews: [TeaserModel]
    var tags: [LinkModel]
    var share: [LinkModel]

    struct CorrectionNotice: Sendable, Hashable {
        var note: String
        var when: Dateline
    }

    enum BodyPart: Sendable, Hashable {
        case html(TrustedHTML)
        /// أخبار ذات علاقة, placed by the editor between paragraphs.
        case relatedCard(TeaserModel)
    }
}
