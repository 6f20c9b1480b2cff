import SahifaCore

/// What the newsroom's article list is narrowed to; nil fields do not narrow it.
public struct ArticleFilter: Sendable, Hashable {
    public var status: ArticleStatus?
    public var sectionSlug: String?
    public var authorSlug: String?
    /// Words the headline contains, as typed.
    public var text: String?

    public init(
        status: ArticleStatus? = nil, sectionSlug: String? = nil, authorSlug: String? = nil, text: String? = nil
    ) {
        self.status = status
        self.sectionSlug = sectionSlug
        self.authorSlug = authorSlug
        self.text = text
    }
}
