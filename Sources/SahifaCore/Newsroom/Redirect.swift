import Foundation

/// An old address that now answers with a 301 to a page of this site (تحويل), from an import
/// or added by an admin; an empty target marks a page removed on purpose, which answers 410.
public struct Redirect: Sendable, Hashable {
    public var id: Int64
    /// In `RedirectPath` form: decoded, no trailing slash.
    public var from: String
    public var to: String
    /// `import` or `newsroom`.
    public var origin: String
    /// Readers and crawlers sent on, counted by the server.
    public var hits: Int
    public var createdAt: Date

    public init(id: Int64, from: String, to: String, origin: String, hits: Int, createdAt: Date) {
        self.id = id
        self.from = from
        self.to = to
        self.origin = origin
        self.hits = hits
        self.createdAt = createdAt
    }
}
