/// One thing a newsroom member may or may not do; `Role.may(_:)` says who may.
public enum Permission: String, Sendable, Hashable, CaseIterable {
    case writeDrafts
    case submitForReview
    case uploadMedia
    case changeOwnPassword
    case editAnyArticle
    case schedule
    case publish
    case unpublish
    case postBreakingNews
    case manageAccounts
    case manageSections
    case manageSiteSettings
    case readAuditLog
}
