/// One page of a longer list, with what a reader needs for page links.
public struct Page<Item: Sendable & Hashable>: Sendable, Hashable {
    public var items: [Item]
    public var number: Int
    public var size: Int
    public var totalCount: Int

    public init(items: [Item], number: Int, size: Int, totalCount: Int) {
        self.items = items
        self.number = number
        self.size = size
        self.totalCount = totalCount
    }

    /// The page `request` asked for, holding `items`.
    public init(items: [Item], of request: PageRequest, totalCount: Int) {
        self.init(items: items, number: request.number, size: request.size, totalCount: totalCount)
    }

    /// At least 1, so an empty list still has its first page.
    public var pageCount: Int { max(1, (totalCount + size - 1) / size) }

    /// Whether this page lies past the end of the list (a reader followed a stale link).
    public var isPastTheEnd: Bool { number > pageCount }
}
