/// An article as a card or list item shows it, dates already in the site's words and digits.
struct TeaserModel: Sendable, Hashable {
    var href: String
    var kicker: String?
    var headline: String
    var summary: String
    var section: LinkModel
    var date: String
    var dateISO: String
    var image: ImageModel?
}
