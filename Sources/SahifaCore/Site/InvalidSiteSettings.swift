/// Why site settings cannot be saved as submitted.
public struct InvalidSiteSettings: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        case nameMissing
        /// Not a time zone the system knows, such as Asia/Riyadh.
        case unknownTimeZone
        /// A "تابعونا على" link must be a whole https address: readers follow it from every page.
        case linkNotHTTPS(SocialNetwork)
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }
}
