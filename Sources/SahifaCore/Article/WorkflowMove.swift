/// One step of the workflow an editor or writer can take on an article (see
/// `Article+Workflow.swift` for what each does).
public enum WorkflowMove: String, Sendable, Hashable, CaseIterable {
    /// إرسال للمراجعة
    case submitForReview = "submit"
    /// جدولة
    case schedule
    /// نشر
    case publish
    /// إلغاء النشر
    case unpublish

    /// The refusal for this step from an article in `status` that cannot take it.
    public func refusal(from status: ArticleStatus) -> WorkflowError {
        switch self {
        case .submitForReview: .cannotSubmit(from: status)
        case .schedule: .cannotSchedule(from: status)
        case .publish: .cannotPublish(from: status)
        case .unpublish: .cannotUnpublish(from: status)
        }
    }

    /// Whether an article in `status` can take this step.
    public func isAllowed(from status: ArticleStatus) -> Bool {
        switch self {
        case .submitForReview: status == .draft
        case .schedule: [.draft, .inReview, .scheduled, .unpublished].contains(status)
        case .publish: status != .published
        case .unpublish: status == .published
        }
    }
}
