import SahifaCore

/// What one committed write changed, as readers would see it.
public struct NewsChange: Sendable, Equatable {
    /// The pages showing any of these are out of date. `.site` means every page.
    public var dependencies: Set<PageDependency>
    /// Published articles whose text changed, for the "updated" notice on open pages.
    public var updatedArticles: Set<ArticleID>

    public init(_ dependencies: Set<PageDependency>, updatedArticles: Set<ArticleID> = []) {
        self.dependencies = dependencies
        self.updatedArticles = updatedArticles
    }

    /// Whether a page with these dependencies is out of date after this change.
    public func affects(_ page: Set<PageDependency>) -> Bool {
        dependencies.contains(.site) || !dependencies.isDisjoint(with: page)
    }

    /// The change from `old` (nil for a new article) to `new`, or nil when readers cannot
    /// see either version. A published article's own pages always change; the lists it is
    /// in change only when it enters or leaves them, because their order is by publication
    /// time, which an edit does not move.
    public static func article(from old: Article?, to new: Article) -> NewsChange? {
        let wasPublic = old?.status == .published
        let isPublic = new.status == .published
        guard wasPublic || isPublic else { return nil }
        var dependencies: Set<PageDependency> = [.article(new.id), .archive]
        let before = wasPublic ? old.map(listings(of:)) ?? [] : []
        let after = isPublic ? listings(of: new) : []
        dependencies.formUnion(before.symmetricDifference(after))
        if wasPublic != isPublic || old?.isFeatured != new.isFeatured {
            dependencies.insert(.home)
        }
        return NewsChange(dependencies, updatedArticles: wasPublic && isPublic ? [new.id] : [])
    }

    /// The lists an article appears in.
    private static func listings(of article: Article) -> Set<PageDependency> {
        var lists: Set<PageDependency> = [article.section.listDependency]
        lists.formUnion(article.tags.map(\.listDependency))
        lists.formUnion(article.authors.map(\.listDependency))
        return lists
    }
}
