/// What a member of the newsroom is there to do. Permissions follow from it (`Permission`),
/// checked here in the domain and never in a template.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    /// كاتب: drafts articles, uploads pictures, submits for review.
    case writer
    /// محرر: edits any article, schedules, publishes, unpublishes, posts breaking news.
    case editor
    /// مدير: everything an editor does, and users, sections and site settings.
    case admin

    /// The role's name as the newsroom says it.
    public var arabicName: String {
        switch self {
        case .writer: "كاتب"
        case .editor: "محرر"
        case .admin: "مدير"
        }
    }

    /// Whether this role may do `permission`.
    public func may(_ permission: Permission) -> Bool {
        switch permission {
        case .writeDrafts, .submitForReview, .uploadMedia, .changeOwnPassword:
            true
        case .editAnyArticle, .schedule, .publish, .unpublish, .postBreakingNews:
            self == .editor || self == .admin
        case .manageAccounts, .manageSections, .manageSiteSettings, .readAuditLog:
            self == .admin
        }
    }
}
