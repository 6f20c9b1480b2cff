/// One of the site's accounts for "تابعونا على" (follow us on).
public struct SocialLink: Sendable, Hashable, Codable {
    public var network: SocialNetwork
    /// The name readers see, e.g. "إكس".
    public var label: String
    public var url: String

    public init(network: SocialNetwork, label: String, url: String) {
        self.network = network
        self.label = label
        self.url = url
    }
}
