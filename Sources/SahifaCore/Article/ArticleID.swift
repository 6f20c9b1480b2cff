/// The stable numeric identity of an article: it appears in every article URL
/// (`/{section}/{id}/{slug}`), so it never changes once given.
public struct ArticleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int64

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    public var description: String { String(rawValue) }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
