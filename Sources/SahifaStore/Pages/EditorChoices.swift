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
