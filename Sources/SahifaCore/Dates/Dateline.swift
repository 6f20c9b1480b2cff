/// One moment as the article page shows it: Gregorian and Hijri dates, the time, and
/// ISO 8601 for machines.
public struct Dateline: Sendable, Hashable {
    public var gregorian: String
    public var hijri: String
    public var time: String
    public var iso8601: String
}
