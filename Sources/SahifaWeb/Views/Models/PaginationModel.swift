/// Page links under a list: previous, numbered pages with gaps, next.
struct PaginationModel: Sendable, Hashable {
    var previous: String?
    var next: String?
    var items: [Item]

    enum Item: Sendable, Hashable {
        case page(label: String, href: String, isCurrent: Bool)
        case gap
    }

    /// Whether there is more than one page, so links are worth showing.
    var isNeeded: Bool { previous != nil || next != nil }
}
