/// What an editor may set for search engines and social cards; empty means
/// "use the headline and summary".
public struct SEOFields: Sendable, Hashable {
    public var title: String?
    public var description: String?

    public init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }
}
