import Foundation
import SahifaCore

extension NewsroomStore {
    /// Makes a workflow move on an article: the one entry the newsroom pages and API v1 share.
    /// `publishAt` is the time a `.schedule` move sets, which must be after `date`; other
    /// moves ignore it.
    /// - Throws: `WorkflowError` (a schedule without a time to come is `publishTimeNotInFuture`),
    ///   `StoreError.articleNotFound`.
    public func make(
        _ move: WorkflowMove, on article: Article, publishAt: Date?, at date: Date, by account: AccountID?
    ) async throws -> Article {
        let storeMove: ArticleMove
        switch move {
        case .submitForReview: storeMove = .submitForReview
        case .publish: storeMove = .publish
        case .unpublish: storeMove = .unpublish
        case .schedule:
            guard let publishAt, publishAt > date else { throw WorkflowError.publishTimeNotInFuture }
            storeMove = .schedule(at: publishAt)
        }
        return try await moveArticle(id: article.id, storeMove, at: date, by: account)
    }
}
