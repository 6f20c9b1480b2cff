import Foundation

/// One line of the breaking-news ticker (عاجل), shown on every page from `startsAt`
/// until `expiresAt` or until an editor ends it.
public struct BreakingItem: Sendable, Hashable {
    public var id: Int64
    public var text: String
    /// The story the line links to, as a reader path; nil for a line without a story yet.
    public var link: String?
    public var startsAt: Date
    public var expiresAt: Date?

    public init(id: Int64, text: String, link: String?, startsAt: Date, expiresAt: Date?) {
        self.id = id
        self.text = text
        self.link = link
        self.startsAt = startsAt
        self.expiresAt = expiresAt
    }

    /// Whether the ticker shows this line at `date`.
    public func isLive(at date: Date) -> Bool {
        startsAt <= date && !hasExpired(at: date)
    }

    /// Whether the line's time is over at `date`.
    public func hasExpired(at date: Date) -> Bool {
        expiresAt.map { $0 <= date } ?? false
    }
}
