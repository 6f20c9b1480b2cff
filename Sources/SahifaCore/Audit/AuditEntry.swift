import Foundation

/// One line of the audit log: who did what, when, to which article.
public struct AuditEntry: Sendable, Hashable {
    public var at: Date
    /// Nil when the system acted (scheduled publishing, demo content).
    public var accountName: String?
    public var action: AuditAction
    public var articleID: ArticleID?
    /// The article's headline, a ticker line's text or a picture's alt text, as it was then.
    public var detail: String

    public init(at: Date, accountName: String?, action: AuditAction, articleID: ArticleID?, detail: String) {
        self.at = at
        self.accountName = accountName
        self.action = action
        self.articleID = articleID
        self.detail = detail
    }
}
