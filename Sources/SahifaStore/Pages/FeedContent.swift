import Foundation
import SahifaCore

/// Which articles a feed carries: the whole site's, or one section's, tag's or author's.
public enum FeedList: Sendable, Hashable {
    case site
    case section(slug: String)
    case tag(slug: String)
    case author(slug: String)
}

/// A feed's newest published articles, whole, with the frame its channel describes.
public struct FeedContent: Sendable, Hashable {
    public var chrome: SiteChrome
    /// The section, tag or author name; nil for the whole site.
    public var title: String?
    /// The reader page this feed follows ("/" for the whole site).
    public var path: String
    /// What moves this feed along when an article enters or leaves it.
    public var listDependency: PageDependency
    public var entries: [Entry]

    public struct Entry: Sendable, Hashable {
        public var article: Article
        /// The related-news cards placed in its body, read as cards (`ArticlePageContent`).
        public var relatedCards: [ArticleID: ArticleTeaser]

        public init(article: Article, relatedCards: [ArticleID: ArticleTeaser]) {
            self.article = article
            self.relatedCards = relatedCards
        }
    }

    public init(chrome: SiteChrome, title: String?, path: String, listDependency: PageDependency, entries: [Entry]) {
        self.chrome = chrome
        self.title = title
        self.path = path
        self.listDependency = listDependency
        self.entries = entries
    }

    public var dependencies: Set<PageDependency> {
        var dependencies = SiteChrome.dependencies
        dependencies.insert(listDependency)
        for entry in entries {
            dependencies.insert(.article(entry.article.id))
            dependencies.formUnion(entry.relatedCards.keys.map { .article($0) })
        }
        return dependencies
    }
}

/// One published article as sitemaps list it.
public struct ArchiveEntry: Sendable, Hashable {
    public var path: String
    public var headline: String
    public var publishedAt: Date
    public var updatedAt: Date

    public init(path: String, headline: String, publishedAt: Date, updatedAt: Date) {
        self.path = path
        self.headline = headline
        self.publishedAt = publishedAt
        self.updatedAt = updatedAt
    }
}

/// A calendar month (UTC) with published articles, for the sitemap index.
public struct ArchiveMonth: Sendable, Hashable {
    public var year: Int
    public var month: Int
    /// The latest publication or update among its articles.
    public var lastModified: Date

    public init(year: Int, month: Int, lastModified: Date) {
        self.year = year
        self.month = month
        self.lastModified = lastModified
    }
}
