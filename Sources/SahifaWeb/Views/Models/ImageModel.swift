import SahifaCore

/// A picture as a page shows it: all attributes ready, caption and credit as text.
struct ImageModel: Sendable, Hashable {
    var source: PictureSource
    var alt: String
    var caption: String
    var credit: String
}
