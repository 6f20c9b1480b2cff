/// What a member may do with one article: the workflow's rules per role, decided here so
/// that pages, the API and tests all ask the same question.
extension Account {
    /// Editors and admins change any article; a writer changes only their own draft.
    public func mayEdit(_ article: Article) -> Bool {
        may(.editAnyArticle) || (article.createdBy == id && article.status == .draft)
    }

    /// Whether this member may make `move` on the article now: their role allows it and the
    /// article's status allows it.
    public func may(_ move: WorkflowMove, on article: Article) -> Bool {
        guard move.isAllowed(from: article.status) else { return false }
        switch move {
        case .submitForReview: return mayEdit(article) && may(.submitForReview)
        case .schedule: return may(.schedule)
        case .publish: return may(.publish)
        case .unpublish: return may(.unpublish)
        }
    }

    /// Refuses the move unless both the article's status and this member's role allow it.
    /// - Throws: the status refusal (`WorkflowError.cannotPublish` and siblings) or
    ///   `WorkflowError.notPermitted`.
    public func authorize(_ move: WorkflowMove, on article: Article) throws(WorkflowError) {
        guard move.isAllowed(from: article.status) else { throw move.refusal(from: article.status) }
        guard may(move, on: article) else { throw .notPermitted(move) }
    }

    /// The moves to offer on the article's page, in workflow order.
    public func availableMoves(on article: Article) -> [WorkflowMove] {
        WorkflowMove.allCases.filter { may($0, on: article) }
    }
}
