/// What an article page tells link previews and search engines, ready to write: absolute
/// URLs, ISO 8601 dates with the site's offset.
struct ArticleMetadata: Sendable, Hashable {
    struct Picture: Sendable, Hashable {
        /// The social card, for OpenGraph and X.
        var card: Image
        /// The three shapes search engines ask for.
        var shapes: [Image]
        var alt: String
        var caption: String
        var credit: String
    }

    /// A picture file by its absolute address.
    struct Image: Sendable, Hashable {
        var url: String
        var contentType: String
        var width: Int
        var height: Int
    }

    struct Person: Sendable, Hashable {
        var name: String
        var url: String
    }

    var siteName: String
    var homeURL: String
    var canonicalURL: String
    var title: String
    var headline: String
    var kicker: String?
    var description: String
    var picture: Picture?
    var published: String
    var modified: String
    var sectionName: String
    var sectionURL: String
    var tags: [String]
    var authors: [Person]
    /// The publisher's logo: the site's logo, else its icon (no size known).
    var logoURL: String
    var logoSize: Size?

    struct Size: Sendable, Hashable {
        var width: Int
        var height: Int
    }
}
