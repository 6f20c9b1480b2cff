import SahifaCore

/// What each reader page depends on: every page shows the site's frame and the breaking
/// ticker, every article it shows (a changed headline must reach the lists that show it),
/// and the lists it is a page of (a new article moves every page of a list along).
extension SiteChrome {
    public static let dependencies: Set<PageDependency> = [.site, .breaking]
}

extension ArticlePageContent {
    public var dependencies: Set<PageDependency> {
        var dependencies = SiteChrome.dependencies
        dependencies.insert(.article(article.id))
        dependencies.insert(.relatedNews(article.id))
        dependencies.formUnion(relatedCards.keys.map { .article($0) })
        dependencies.formUnion(relatedNews.map { .article($0.id) })
        return dependencies
    }
}

extension HomePageContent {
    public var dependencies: Set<PageDependency> {
        var dependencies = SiteChrome.dependencies
        dependencies.insert(.home)
        let shown = [lead].compactMap { $0 } + topStories + sections.flatMap(\.stories) + latest.items
        dependencies.formUnion(shown.map { .article($0.id) })
        return dependencies
    }
}

/// A section, tag or author: something whose page lists articles.
public protocol ArticleList: Sendable, Hashable {
    /// The dependency a write names when an article enters or leaves this list.
    var listDependency: PageDependency { get }
}

extension Section: ArticleList {
    public var listDependency: PageDependency { .section(id) }
}

extension Tag: ArticleList {
    public var listDependency: PageDependency { .tag(id) }
}

extension Author: ArticleList {
    public var listDependency: PageDependency { .author(id) }
}

extension ListingPageContent where Subject: ArticleList {
    public var dependencies: Set<PageDependency> {
        var dependencies = SiteChrome.dependencies
        dependencies.insert(subject.listDependency)
        dependencies.formUnion(stories.items.map { .article($0.id) })
        return dependencies
    }
}
