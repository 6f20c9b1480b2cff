/// A static page as the footer menu lists it.
public struct StaticPageLink: Sendable, Hashable {
    public var title: String
    public var path: String

    public init(title: String, path: String) {
        self.title = title
        self.path = path
    }
}
