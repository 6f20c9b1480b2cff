/// The networks a site can link to; each has its own icon and share URL shape.
public enum SocialNetwork: String, Sendable, CaseIterable, Codable {
    case x
    case facebook
    case instagram
    case youtube
    case telegram
    case whatsapp
    case tiktok
    case linkedin

    /// The network's name as Arabic readers know it, for a link that has no label of its own.
    public var arabicName: String {
        switch self {
        case .x: "إكس"
        case .facebook: "فيسبوك"
        case .instagram: "إنستغرام"
        case .youtube: "يوتيوب"
        case .telegram: "تيليغرام"
        case .whatsapp: "واتساب"
        case .tiktok: "تيك توك"
        case .linkedin: "لينكدإن"
        }
    }
}
