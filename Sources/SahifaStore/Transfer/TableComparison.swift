/// One table as the source and the target hold it after a copy.
public struct TableComparison: Sendable, Hashable {
    public var table: String
    public var source: TableTally
    public var target: TableTally

    /// Whether the target holds the same rows as the source, row for row.
    public var matches: Bool { source == target }
}
