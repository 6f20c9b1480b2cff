/// A picture of the old site as it was imported into Sahifa's media library: what a body's
/// `[[image:HASH|caption|credit]]` needs when the post's own markup says nothing about it.
public struct ImportedPicture: Sendable, Hashable {
    /// The media library hash the directive names.
    public var hash: String
    /// The caption stored with the picture (the attachment's caption on the old site).
    public var caption: String
    /// Who made it, usually an agency (أ ف ب، رويترز).
    public var credit: String

    public init(hash: String, caption: String, credit: String) {
        self.hash = hash
        self.caption = caption
        self.credit = credit
    }
}
