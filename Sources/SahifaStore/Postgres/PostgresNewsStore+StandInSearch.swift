import Foundation
import SahifaCore

// Stand-ins for the calls still being written; this file goes when they are done.
extension PostgresNewsStore {
    public func search(_ request: SearchRequest, at now: Date) async throws -> SearchResults { throw PostgresStandIn.notWritten }
    public func article(sourceID: String) async throws -> ArticleTeaser? { throw PostgresStandIn.notWritten }
    public func relatedNews(id: ArticleID, limit: Int) async throws -> [ArticleTeaser]? { throw PostgresStandIn.notWritten }
    public func suggestedTags(id: ArticleID, limit: Int) async throws -> [Tag]? { throw PostgresStandIn.notWritten }
    public func importArticles(_ articles: [PreparedImport], at date: Date) async throws -> ImportReport { throw PostgresStandIn.notWritten }
    public func refreshRelatedNews(limit: Int) async throws -> Int { throw PostgresStandIn.notWritten }
    public func relatedNewsBacklog() async throws -> Int { throw PostgresStandIn.notWritten }
    public func reindex(progress: @Sendable (Int, Int) -> Void) async throws { throw PostgresStandIn.notWritten }
}
