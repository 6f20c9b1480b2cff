/// One thing wrong with a submitted article, named for the field an editor must fix.
public enum ArticleValidationError: Error, Sendable, Hashable {
    case headlineMissing
    case headlineTooLong(limit: Int)
    case kickerTooLong(limit: Int)
    case summaryTooLong(limit: Int)
    case bodyTooLong(limit: Int)
    case body(BodyError)
    case slugInvalid(String)
    case sectionMissing
    case unknownSection(String)
    case unknownAuthor(String)
    case tooManyTags(limit: Int)
    case tagNameInvalid(String)
    case unknownHeroImage(String)
    case unknownImage(String)
    case unknownRelatedArticle(ArticleID)
    case seoTitleTooLong(limit: Int)
    case seoDescriptionTooLong(limit: Int)
    case correctionTooLong(limit: Int)

    /// The form field this problem belongs beside.
    public var field: ArticleField {
        switch self {
        case .headlineMissing, .headlineTooLong: .headline
        case .kickerTooLong: .kicker
        case .summaryTooLong: .summary
        case .bodyTooLong, .body, .unknownImage, .unknownRelatedArticle: .body
        case .slugInvalid: .slug
        case .sectionMissing, .unknownSection: .section
        case .unknownAuthor: .authors
        case .tooManyTags, .tagNameInvalid: .tags
        case .unknownHeroImage: .heroImage
        case .seoTitleTooLong: .seoTitle
        case .seoDescriptionTooLong: .seoDescription
        case .correctionTooLong: .correction
        }
    }
}

/// The fields of the article form, for placing a problem beside the right one.
public enum ArticleField: String, Sendable, CaseIterable {
    case slug, kicker, headline, summary, body, heroImage, section, tags, authors, seoTitle, seoDescription, correction
}

/// Every problem found in one submission, so an editor sees them all at once.
public struct InvalidArticle: Error, Sendable, Hashable {
    public var problems: [ArticleValidationError]

    public init(problems: [ArticleValidationError]) {
        self.problems = problems
    }
}
