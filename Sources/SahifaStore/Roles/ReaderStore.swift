import Foundation
import SahifaCore

/// The reader site's reads. Each is page-shaped: it returns everything its page shows, read
/// in one transaction (on a read replica where there is one), so a page costs one round of
/// reads and sees one consistent snapshot.
public protocol ReaderStore: Sendable {
    /// The site chrome alone, for pages with no content of their own (errors).
    func siteChrome(at now: Date) async throws -> SiteChrome

    /// The home page: lead story, top stories, the latest per section, and a page of latest news.
    func homePage(_ layout: HomeLayout, page: PageRequest, at now: Date) async throws -> HomePageContent

    /// A published article with its editor-placed cards; nil when there is no such published article.
    func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent?

    /// A section's, tag's or author's published articles, newest first; nil when it does not
    /// exist (see `sectionPage`, `tagPage`, `authorPage`).
    func storyListPage<Subject: StoryListSubject>(_ kind: Subject.Type, slug: String, page: PageRequest, at now: Date)
        async throws -> ListingPageContent<Subject>?

    /// The newest published articles of a list, whole, for its feeds; nil when the section,
    /// tag or author does not exist.
    func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent?

    /// The months that have published articles, newest first, for the sitemap index.
    func archiveMonths() async throws -> [ArchiveMonth]

    /// The articles published from `start` until `end` (excluded), newest first, for the
    /// sitemaps (see `archive(year:month:)` and `archive(publishedSince:)`).
    func archive(from start: Date, to end: Date) async throws -> [ArchiveEntry]

    /// Every tag that has published articles, by name.
    func tagsInUse() async throws -> [Tag]

    /// Published articles matching the query: every word if any article has them all, else
    /// any word.
    func search(_ request: SearchRequest, at now: Date) async throws -> SearchResults

    /// The published article imported with this source id, if any.
    func article(sourceID: String) async throws -> ArticleTeaser?

    /// The library's record of a picture, for its renditions; nil when there is none.
    func picture(hash: String) async throws -> MediaAsset?

    /// The path an old address now answers with, given its `RedirectPath` form; nil for none.
    func redirectTarget(for oldPath: String) async throws -> String?

    /// A published static page with the site's chrome; nil when there is none with this slug.
    func staticPage(slug: String, at now: Date) async throws -> StaticPageContent?

    /// The article's related news, best first; nil when there is no such published article.
    func relatedNews(id: ArticleID, limit: Int) async throws -> [ArticleTeaser]?
}

extension ReaderStore {
    /// A section's published articles, newest first; nil when the section does not exist.
    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Section>?
    {
        try await storyListPage(Section.self, slug: slug, page: page, at: now)
    }

    /// A tag's published articles, newest first; nil when the tag does not exist.
    public func tagPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Tag>? {
        try await storyListPage(Tag.self, slug: slug, page: page, at: now)
    }

    /// An author's published articles, newest first; nil when the author does not exist.
    public func authorPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Author>? {
        try await storyListPage(Author.self, slug: slug, page: page, at: now)
    }

    /// A month's published articles (UTC), newest first.
    public func archive(year: Int, month: Int) async throws -> [ArchiveEntry] {
        guard let dates = ArchiveColumns.dates(year: year, month: month) else { return [] }
        return try await archive(from: dates.lowerBound, to: dates.upperBound)
    }

    /// Articles published since `date`, newest first, for the news sitemap.
    public func archive(publishedSince date: Date) async throws -> [ArchiveEntry] {
        try await archive(from: date, to: .distantFuture)
    }
}
