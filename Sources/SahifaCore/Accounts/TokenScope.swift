/// What an API token may be used for. A token acts as its account, so the account's role
/// still limits it: a writer's token with `publish` cannot publish.
public enum TokenScope: String, Sendable, Hashable, CaseIterable, Codable {
    /// Read articles in any status.
    case read
    /// Create and edit articles, submit them, upload pictures.
    case write
    /// Schedule, publish and unpublish; post and end breaking news.
    case publish

    public var arabicName: String {
        switch self {
        case .read: "قراءة"
        case .write: "كتابة"
        case .publish: "نشر"
        }
    }
}
