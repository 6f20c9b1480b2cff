/// One `<item>` of a WordPress export: a post, page, attachment or anything else WordPress
/// keeps as a post, with its terms and custom fields.
public struct WordPressItem: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        /// `category`, `post_tag`, or another taxonomy (`author` for Co-Authors Plus).
        public var domain: String
        public var nicename: String
        public var name: String
    }

    public var postID = 0
    /// `post`, `page`, `attachment`, `nav_menu_item`, or a custom type.
    public var type = ""
    /// `publish`, `draft`, `pending`, `private`, `future`, `trash`, `inherit`.
    public var status = ""
    public var title = ""
    public var link = ""
    public var guid = ""
    /// The author's login.
    public var creator = ""
    public var content = ""
    public var excerpt = ""
    /// Local time and UTC, as `yyyy-mm-dd hh:mm:ss`; UTC is all zeros for an unpublished post.
    public var postDate = ""
    public var postDateGMT = ""
    public var modifiedGMT = ""
    /// The slug as WordPress stores it (percent-encoded UTF-8); empty for a draft never given one.
    public var postName = ""
    public var parentID = 0
    public var menuOrder = 0
    public var attachmentURL = ""
    public var terms: [Term] = []
    /// Custom fields in the order given; a key may repeat (`_wp_old_slug`).
    public var meta: [(key: String, value: String)] = []
    public var commentCount = 0
    /// The line of the export where the item starts, for the report.
    public var line = 0

    public init() {}

    /// Every value of a custom field, in order.
    public func meta(_ key: String) -> [String] { meta.filter { $0.key == key }.map(\.value) }

    /// The first value of a custom field, if any.
    public func firstMeta(_ key: String) -> String? { meta.first { $0.key == key }?.value }

    public static func == (lhs: WordPressItem, rhs: WordPressItem) -> Bool {
        lhs.postID == rhs.postID && lhs.type == rhs.type && lhs.content == rhs.content
            && lhs.meta.map(\.key) == rhs.meta.map(\.key) && lhs.meta.map(\.value) == rhs.meta.map(\.value)
            && lhs.terms == rhs.terms && lhs.status == rhs.status && lhs.postName == rhs.postName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(postID)
        hasher.combine(type)
    }
}
