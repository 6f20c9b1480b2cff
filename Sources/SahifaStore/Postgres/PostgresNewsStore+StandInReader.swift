import Foundation
import SahifaCore

// Stand-ins for the calls still being written; this file goes when they are done.
extension PostgresNewsStore {
    public func siteChrome(at now: Date) async throws -> SiteChrome { throw PostgresStandIn.notWritten }
    public func homePage(_ layout: HomeLayout, page: PageRequest, at now: Date) async throws -> HomePageContent { throw PostgresStandIn.notWritten }
    public func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent? { throw PostgresStandIn.notWritten }
    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Section>? { throw PostgresStandIn.notWritten }
    public func tagPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Tag>? { throw PostgresStandIn.notWritten }
    public func authorPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Author>? { throw PostgresStandIn.notWritten }
    public func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent? { throw PostgresStandIn.notWritten }
    public func archiveMonths() async throws -> [ArchiveMonth] { throw PostgresStandIn.notWritten }
    public func archive(year: Int, month: Int) async throws -> [ArchiveEntry] { throw PostgresStandIn.notWritten }
    public func archive(publishedSince date: Date) async throws -> [ArchiveEntry] { throw PostgresStandIn.notWritten }
    public func tagsInUse() async throws -> [Tag] { throw PostgresStandIn.notWritten }
    public func article(id: ArticleID) async throws -> Article? { throw PostgresStandIn.notWritten }
}
