import Foundation
import SahifaCore

/// An editor's save of an article's text and metadata as a new revision, worked out once for
/// both stores: the article as saved, and the statements that save it, in order.
package struct ArticleEdit {
    package let saved: Article
    package let resolved: ResolvedDraft

    /// - Precondition: the caller checked that `before` is the revision the editor started from.
    package init(of before: Article, with draft: ArticleDraft, resolved: ResolvedDraft, at date: Date) {
        var saved = before
        saved.save(draft, resolved: resolved, at: date)
        self.saved = saved
        self.resolved = resolved
    }

    /// Keep the current version among the revisions, save the row, and clear what hangs off
    /// it, which the backend then writes anew from the resolved draft.
    package var statements: [(sql: String, arguments: [StoreValue])] {
        let id = StoreValue.list(saved.id)
        return [
            (ArticleStatements.archiveCurrentVersion, id),
            (ArticleStatements.update, ArticleStatements.updating(saved)),
        ] + ArticleStatements.clearParts.map { ($0, id) }
    }
}
