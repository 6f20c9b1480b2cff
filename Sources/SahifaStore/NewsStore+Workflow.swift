import Foundation
import SahifaCore

extension NewsStore {
    /// Makes a workflow move on an article: the one entry the newsroom pages and API v1 share.
    /// `publishAt` is the time a `.schedule` move sets; other moves ignore it.
    /// - Throws: `WorkflowError` (a schedule without a time is `cannotSchedule`),
    ///   `StoreError.articleNotFound`.
    public func make(
        _ move: WorkflowMove, on article: Article, publishAt: Date?, at date: Date, by account: AccountID?
    ) async throws -> Article {
        switch move {
        case .submitForReview: return try await submitArticleForReview(id: article.id, at: date, by: account)
        case .publish: return try await publishArticle(id: article.id, at: date, by: account)
        case .unpublish: return try await unpublishArticle(id: article.id, at: date, by: account)
        case .schedule:
            guard let publishAt else { throw WorkflowError.cannotSchedule(from: article.status) }
            return try await scheduleArticle(id: article.id, for: publishAt, at: date, by: account)
        }
    }
}
