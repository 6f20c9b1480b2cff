import Foundation

/// A ticker line (عاجل) as an editor or an integration submits it, before it is posted: the
/// one set of rules the breaking desk and API v1 both apply.
public struct BreakingDraft: Sendable, Hashable {
    public var text: String
    /// The published story the line links to, if any.
    public var articleID: ArticleID?
    /// How long the line stays on the ticker; nil keeps it until an editor ends it.
    public var minutes: Int?

    /// The longest line, in characters: a ticker is read at a glance.
    public static let textLimit = 200

    /// The longest a line may stay on by itself: a week.
    public static let longestMinutes = 7 * 24 * 60

    public init(text: String, articleID: ArticleID?, minutes: Int?) {
        self.text = text
        self.articleID = articleID
        self.minutes = minutes
    }

    /// The text as readers will see it.
    public var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// When a line posted at `start` leaves the ticker by itself; nil when an editor ends it.
    public func expiry(from start: Date) -> Date? {
        minutes.map { start.addingTimeInterval(Double($0) * 60) }
    }

    /// Whether a line may link to `article` (nil: no such article): only to a published story,
    /// as readers could not follow a link to anything else. The store applies it in the write
    /// that posts the line; a form may ask it first, to show every problem at once.
    public static func canLink(to article: Article?) -> Bool {
        article?.status == .published
    }

    /// Every problem with the line, so a form can show them all at once. Whether the linked
    /// story may be linked (`canLink(to:)`) is checked by the store, in the write that posts it.
    /// - Throws: `InvalidBreakingItem` listing each problem.
    public func validate() throws(InvalidBreakingItem) {
        var problems: [InvalidBreakingItem.Problem] = []
        if trimmedText.isEmpty { problems.append(.textMissing) }
        if trimmedText.count > Self.textLimit { problems.append(.textTooLong(limit: Self.textLimit)) }
        if let minutes, !(1...Self.longestMinutes).contains(minutes) {
            problems.append(.durationOutOfRange(limit: Self.longestMinutes))
        }
        if !problems.isEmpty { throw InvalidBreakingItem(problems: problems) }
    }
}
