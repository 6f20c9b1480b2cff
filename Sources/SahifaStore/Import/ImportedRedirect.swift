/// An old address of a site moving in, in `RedirectPath` form, and the path it now answers
/// with (empty for something removed on purpose, which answers 410).
public struct ImportedRedirect: Sendable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
