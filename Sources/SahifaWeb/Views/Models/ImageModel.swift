/// A picture as a page shows it: all attributes ready, caption and credit as text.
struct ImageModel: Sendable, Hashable {
    var src: String
    var alt: String
    var width: Int
    var height: Int
    var caption: String
    var credit: String
}
