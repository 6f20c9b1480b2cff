/// Why a redirect cannot be added as submitted.
public struct InvalidRedirect: Error, Sendable, Hashable {
    public enum Problem: Sendable, Hashable {
        /// The old address is not a path (`/old-story/`), or is the home page.
        case fromInvalid
        /// The site answers this address itself (a section, a route, a static page).
        case fromServedHere
        /// Another redirect already leaves from this address.
        case fromTaken
        /// The target is neither a path on this site nor an http(s) address.
        case toInvalid
        /// It would send readers back to the same address.
        case loops
        /// The target is itself an old address that redirects: point at its final page.
        case chains
    }

    public var problems: [Problem]

    public init(problems: [Problem]) {
        self.problems = problems
    }
}
