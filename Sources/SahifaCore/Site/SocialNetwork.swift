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
}
