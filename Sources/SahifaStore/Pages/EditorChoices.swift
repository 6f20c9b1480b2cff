import SahifaCore

/// What the article editor offers to choose from: sections, bylines and pictures.
public struct EditorChoices: Sendable, Hashable {
    public var sections: [Section]
    public var authors: [Author]
    /// The newest pictures first.
    public var pictures: [MediaAsset]

    public init(sections: [Section], authors: [Author], pictures: [MediaAsset]) {
        self.sections = sections
        self.authors = authors
        self.pictures = pictures
    }
}

extension EditorChoices {
    /// The sections in navigation order.
    package static let sectionsQuery = "SELECT \(SectionColumns.list("s")) FROM sections s ORDER BY s.position"

    /// The bylines by name.
    package static let authorsQuery = "SELECT \(AuthorColumns.list("p")) FROM authors p ORDER BY p.name"

    /// The 200 newest uploads; the hash only breaks ties.
    package static let picturesQuery =
        "SELECT \(MediaColumns.list("m")) FROM media m ORDER BY m.created_at DESC, m.hash LIMIT 200"
}
