import SahifaCore

/// What a write to an article sets off besides its own rows, worked out once for both stores
/// from the article before and after it; the backend does it in the same transaction.
struct ArticleWriteEffects {
    let before: Article?
    let after: Article

    /// Whether its search entry and related news must be worked out again: readers could find
    /// it before or can now.
    var reindexes: Bool { before?.status == .published || after.status == .published }

    /// What readers' pages it made stale.
    var change: NewsChange? { NewsChange.article(from: before, to: after) }
}
