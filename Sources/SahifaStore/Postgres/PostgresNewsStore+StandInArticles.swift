import Foundation
import SahifaCore

// Stand-ins for the calls still being written; this file goes when they are done.
extension PostgresNewsStore {
    public func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article { throw PostgresStandIn.notWritten }
    public func updateArticle(id: ArticleID, with draft: ArticleDraft, at date: Date, expectedRevision: Int?, by account: AccountID?) async throws -> Article { throw PostgresStandIn.notWritten }
    public func submitArticleForReview(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article { throw PostgresStandIn.notWritten }
    public func scheduleArticle(id: ArticleID, for publishAt: Date, at date: Date, by account: AccountID?) async throws -> Article { throw PostgresStandIn.notWritten }
    public func publishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article { throw PostgresStandIn.notWritten }
    public func publishDueArticles(at now: Date) async throws -> [ArticleID] { throw PostgresStandIn.notWritten }
    public func unpublishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article { throw PostgresStandIn.notWritten }
    public func saveSettings(_ settings: SiteSettings) async throws { throw PostgresStandIn.notWritten }
    public func createSection(slug: String, name: String) async throws -> Section { throw PostgresStandIn.notWritten }
    public func createAuthor(slug: String, name: String, bio: String) async throws -> Author { throw PostgresStandIn.notWritten }
    public func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset { throw PostgresStandIn.notWritten }
    public func postBreakingItem(text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?) async throws -> BreakingItem { throw PostgresStandIn.notWritten }
    public func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool { throw PostgresStandIn.notWritten }
    public func updateSection(slug: String, name: String, position: Int) async throws { throw PostgresStandIn.notWritten }
}
