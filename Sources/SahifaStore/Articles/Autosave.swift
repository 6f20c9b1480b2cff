import Foundation
import SahifaCore

/// What one member had typed in an article's editor when the page last saved it on its own:
/// a working copy for that member only, never a revision and never on the site. Saving the
/// article drops it; so does choosing not to restore it.
public struct Autosave: Sendable, Hashable {
    public var article: ArticleID
    public var account: AccountID
    /// The revision the member's editor was opened on, so a restored copy still meets the
    /// conflict check when someone else saved since.
    public var basedOnRevision: Int
    public var savedAt: Date
    /// The editor's fields as the newsroom encoded them; the store keeps them as they came.
    public var form: String

    public init(article: ArticleID, account: AccountID, basedOnRevision: Int, savedAt: Date, form: String) {
        self.article = article
        self.account = account
        self.basedOnRevision = basedOnRevision
        self.savedAt = savedAt
        self.form = form
    }
}
