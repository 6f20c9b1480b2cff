/// How many rows of each kind a `SiteImport` added or updated, and how many it found as they were.
public struct SiteImportReport: Sendable, Hashable {
    public var changed: [SiteImport.Kind: Int] = [:]
    public var unchanged: [SiteImport.Kind: Int] = [:]

    public init() {}

    /// Adds another write's counts, for a site imported in several.
    public mutating func add(_ other: SiteImportReport) {
        changed.merge(other.changed, uniquingKeysWith: +)
        unchanged.merge(other.unchanged, uniquingKeysWith: +)
    }

    package mutating func count(_ kind: SiteImport.Kind, changed didChange: Bool) {
        if didChange { changed[kind, default: 0] += 1 } else { unchanged[kind, default: 0] += 1 }
    }
}
