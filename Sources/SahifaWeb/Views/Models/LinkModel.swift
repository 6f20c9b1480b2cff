/// A link with its text, for navigation, tags, bylines and the like.
struct LinkModel: Sendable, Hashable {
    var text: String
    var href: String
    var isCurrent: Bool = false
}
