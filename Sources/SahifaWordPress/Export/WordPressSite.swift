/// What a WordPress export says about its site before its items: where it lived, and the
/// people, categories and tags its items name.
public struct WordPressSite: Sendable, Hashable {
    public struct Author: Sendable, Hashable {
        public var id: Int
        public var login: String
        public var email: String
        public var displayName: String
        public var firstName: String
        public var lastName: String
    }

    public struct Category: Sendable, Hashable {
        public var termID: Int
        /// As WordPress stores it: percent-encoded UTF-8 for Arabic.
        public var nicename: String
        /// The parent's nicename; empty at the top.
        public var parent: String
        public var name: String
        public var description: String
    }

    public struct Tag: Sendable, Hashable {
        public var termID: Int
        public var slug: String
        public var name: String
    }

    public var title = ""
    /// The site's home address (`<link>`), the prefix of every URL in the export.
    public var link = ""
    public var baseSiteURL = ""
    public var language = ""
    /// "1.0", "1.1" or "1.2".
    public var wxrVersion = ""
    public var authors: [Author] = []
    public var categories: [Category] = []
    public var tags: [Tag] = []

    public init() {}

    /// The address old links start with: the home address, or the base URL when there is none.
    public var home: String {
        let home = link.isEmpty ? baseSiteURL : link
        return home.hasSuffix("/") ? String(home.dropLast()) : home
    }
}
