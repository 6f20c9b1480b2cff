/// Why a ticker line cannot be posted as submitted.
public struct InvalidBreakingItem: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        case textMissing
        case textTooLong(limit: Int)
        /// Minutes must be from 1 to `limit`.
        case durationOutOfRange(limit: Int)
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }
}
