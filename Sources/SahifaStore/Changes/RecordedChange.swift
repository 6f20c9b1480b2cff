import Foundation

/// A change as the store recorded it, numbered in commit order, so a server can pick up the
/// changes that another process made to the same database.
public struct RecordedChange: Sendable, Equatable {
    public var sequence: Int64
    public var change: NewsChange

    public init(sequence: Int64, change: NewsChange) {
        self.sequence = sequence
        self.change = change
    }
}
