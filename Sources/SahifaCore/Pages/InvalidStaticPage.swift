/// Why a static page cannot be saved as submitted.
public struct InvalidStaticPage: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        case titleMissing
        case titleTooLong(limit: Int)
        case slugInvalid
        /// Another static page has this slug.
        case slugTaken
        case bodyInvalid(String)
        /// The body names a picture the media library does not have.
        case unknownPicture(String)
        case menuPositionOutOfRange
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }
}
