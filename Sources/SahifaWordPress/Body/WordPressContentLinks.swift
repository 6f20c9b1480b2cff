/// What the converter asks the rest of the import. The importer knows which pictures, posts and
/// pages it has brought over; the converter only reads markup, so it asks through these.
public struct WordPressContentLinks: Sendable {
    /// The picture stored for an image URL of the old site (the original file or one of its
    /// `-WIDTHxHEIGHT` size variants) or for an attachment id (from `wp-image-ID` classes, `"id":ID`
    /// block attributes, `attachment_ID` caption ids); nil when not imported. A `[gallery ids=…]`
    /// shortcode asks by id alone, with an empty URL.
    public var picture: @Sendable (_ url: String, _ attachmentID: Int?) -> ImportedPicture?
    /// The new site path for a link to the old site (permalink, `?p=ID`, `?page_id=ID`, attachment
    /// page, upload URL); nil when the link does not point to something imported.
    public var newPath: @Sendable (_ url: String) -> String?
    /// The Sahifa article id behind a link to an old post (for related cards); nil when not
    /// imported (yet).
    public var articleID: @Sendable (_ url: String) -> Int64?
    /// Whether a URL points at the old site at all (its host and path prefix).
    public var isOldSite: @Sendable (_ url: String) -> Bool

    public init(
        picture: @escaping @Sendable (_ url: String, _ attachmentID: Int?) -> ImportedPicture?,
        newPath: @escaping @Sendable (_ url: String) -> String?,
        articleID: @escaping @Sendable (_ url: String) -> Int64?,
        isOldSite: @escaping @Sendable (_ url: String) -> Bool
    ) {
        self.picture = picture
        self.newPath = newPath
        self.articleID = articleID
        self.isOldSite = isOldSite
    }
}
