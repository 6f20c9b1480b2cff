/// What one batch of `importArticles` did.
public struct ImportReport: Sendable, Hashable {
    /// New articles.
    public var added = 0
    /// Articles whose text changed at the source.
    public var updated = 0
    /// Articles already there as they are.
    public var unchanged = 0
    /// Articles refused, with the reason (source id → reason).
    public var refused: [String: String] = [:]

    public init() {}

    public mutating func add(_ other: ImportReport) {
        added += other.added
        updated += other.updated
        unchanged += other.unchanged
        refused.merge(other.refused) { first, _ in first }
    }
}
