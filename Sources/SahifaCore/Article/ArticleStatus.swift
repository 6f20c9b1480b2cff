/// Where an article stands in the newsroom's workflow:
/// `draft → inReview → scheduled → published → unpublished`.
public enum ArticleStatus: String, Sendable, CaseIterable, Codable {
    /// مسودة: the writer is still working on it.
    case draft
    /// قيد المراجعة: submitted, waiting for an editor.
    case inReview
    /// مجدول: an editor has set a future publication time.
    case scheduled
    /// منشور: readers can see it.
    case published
    /// ملغى النشر: taken down; kept with its history, hidden from readers.
    case unpublished

    /// The status as the newsroom says it.
    public var arabicName: String {
        switch self {
        case .draft: "مسودة"
        case .inReview: "قيد المراجعة"
        case .scheduled: "مجدول"
        case .published: "منشور"
        case .unpublished: "ملغى النشر"
        }
    }

    /// Whether readers may see an article in this state.
    public var isVisibleToReaders: Bool { self == .published }
}
