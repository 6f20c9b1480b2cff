import Foundation

/// A token asked for, in the newsroom or by `sahifa token add`: the same rules either way.
public struct NewAPIToken: Sendable, Hashable {
    public var name: String
    public var scopes: Set<TokenScope>
    /// Days until it stops opening anything; nil for a token that lasts until revoked.
    public var expiresInDays: Int?

    public static let nameLimit = 100
    public static let daysRange = 1...3_650

    public init(name: String, scopes: Set<TokenScope>, expiresInDays: Int?) {
        self.name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        self.scopes = scopes
        self.expiresInDays = expiresInDays
    }

    public enum Problem: Sendable, Hashable {
        case nameMissingOrLong
        case noScope
        case daysOutOfRange
    }

    public func problems() -> [Problem] {
        var problems: [Problem] = []
        if name.isEmpty || name.count > Self.nameLimit { problems.append(.nameMissingOrLong) }
        if scopes.isEmpty { problems.append(.noScope) }
        if let days = expiresInDays, !Self.daysRange.contains(days) { problems.append(.daysOutOfRange) }
        return problems
    }
}
