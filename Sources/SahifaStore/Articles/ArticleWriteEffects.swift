import SahifaCore

/// What a write to an article sets off besides its own rows, worked out once for both stores
/// from the article before and after it; the backend does it in the same transaction.
package struct ArticleWriteEffects {
    package init(before: Article?, after: Article) {
        self.before = before
        self.after = after
    }

    package let before: Article?
    package let after: Article

    /// Whether its search entry and related news must be worked out again: readers could find
    /// it before or can now.
    package var reindexes: Bool { before?.status == .published || after.status == .published }

    /// What readers' pages it made stale.
    package var change: NewsChange? { NewsChange.article(from: before, to: after) }
}
