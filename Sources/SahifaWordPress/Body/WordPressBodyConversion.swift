/// A WordPress post's content as a Sahifa body, with what the import report should say about it.
public struct WordPressBodyConversion: Sendable, Hashable {
    /// The body in Sahifa's Markdown subset; `BodyRenderer` reads it without error once the
    /// pictures it names are in the media library.
    public var markdown: String
    /// One line per thing that could not be converted faithfully (kept as safe text, or left out
    /// with the reason), in Arabic-neutral English for the import report, e.g. "iframe from
    /// vimeo.com kept as a link", "shortcode [contact-form] left out, its text kept".
    public var notes: [String]
    /// True when a link or related card pointed at the old site but `newPath`/`articleID` did not
    /// know it yet (the importer converts the post again once everything is imported).
    public var hasPendingReferences: Bool
    /// The hashes of the pictures the body shows, in body order, so the import need not read
    /// the Markdown again to find them.
    public var pictureHashes: [String]

    public init(markdown: String, notes: [String], hasPendingReferences: Bool, pictureHashes: [String] = []) {
        self.markdown = markdown
        self.notes = notes
        self.hasPendingReferences = hasPendingReferences
        self.pictureHashes = pictureHashes
    }
}
