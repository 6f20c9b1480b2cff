/// One kind of editorial action the audit log (سجل التدقيق) records.
public enum AuditAction: String, Sendable, Hashable, CaseIterable {
    case articleCreated
    case articleSaved
    case articleSubmitted
    case articleScheduled
    case articlePublished
    case articleUnpublished
    case breakingPosted
    case breakingEnded
    case pictureUploaded
    case pictureFocused
    case redirectAdded
    case redirectRemoved
    case backupScheduleSaved

    /// The action as the newsroom says it.
    public var arabicName: String {
        switch self {
        case .articleCreated: "أنشأ خبراً"
        case .articleSaved: "حفظ تعديلات"
        case .articleSubmitted: "أرسل للمراجعة"
        case .articleScheduled: "جدول النشر"
        case .articlePublished: "نشر"
        case .articleUnpublished: "ألغى النشر"
        case .breakingPosted: "نشر سطراً عاجلاً"
        case .breakingEnded: "أنهى سطراً عاجلاً"
        case .pictureUploaded: "رفع صورة"
        case .pictureFocused: "حدّد موضع الصورة"
        case .redirectAdded: "أضاف تحويلاً"
        case .redirectRemoved: "حذف تحويلاً"
        case .backupScheduleSaved: "غيّر جدول النسخ الاحتياطي"
        }
    }
}
