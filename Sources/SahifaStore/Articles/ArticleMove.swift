import Foundation
import SahifaCore

/// A workflow move as the store makes it, the same on both stores: the rule from SahifaCore
/// (`Article+Workflow.swift`) and the line it leaves in the audit log.
public enum ArticleMove: Sendable, Hashable {
    case submitForReview
    case schedule(at: Date)
    case publish
    case unpublish

    /// `article` after the move, made at `date`.
    /// - Throws: `WorkflowError` when the article's status or embargo forbids it.
    package func applied(to before: Article, at date: Date) throws(WorkflowError) -> Article {
        var article = before
        switch self {
        case .submitForReview: try article.submitForReview()
        case .schedule(let publishAt): try article.schedule(at: publishAt)
        case .publish: try article.publish(at: date)
        case .unpublish: try article.unpublish()
        }
        return article
    }

    package var auditAction: AuditAction {
        switch self {
        case .submitForReview: .articleSubmitted
        case .schedule: .articleScheduled
        case .publish: .articlePublished
        case .unpublish: .articleUnpublished
        }
    }
}
