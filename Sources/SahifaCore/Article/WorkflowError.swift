import Foundation

/// Why a workflow move was refused; each case names the status the article was in.
public enum WorkflowError: Error, Sendable, Hashable {
    case cannotSubmit(from: ArticleStatus)
    case cannotSchedule(from: ArticleStatus)
    case cannotPublish(from: ArticleStatus)
    case cannotUnpublish(from: ArticleStatus)
    /// The article is under embargo until the given time.
    case embargoed(until: Date)
    /// A schedule needs a publication time still to come.
    case publishTimeNotInFuture
    /// The member's role does not allow this move.
    case notPermitted(WorkflowMove)
}
