import Foundation

/// A static page arriving from another publishing system; its `sourceID` identifies it across imports.
public struct ImportedPage: Sendable, Hashable {
    public var sourceID: String
    public var slug: String
    public var title: String
    /// The body in Sahifa's Markdown; its pictures are in `pictures`.
    public var bodyMarkdown: String
    public var pictures: [MediaAsset]
    public var isPublished: Bool
    public var menuPosition: Int?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        sourceID: String, slug: String, title: String, bodyMarkdown: String, pictures: [MediaAsset],
        isPublished: Bool, menuPosition: Int?, createdAt: Date, updatedAt: Date
    ) {
        self.sourceID = sourceID
        self.slug = slug
        self.title = title
        self.bodyMarkdown = bodyMarkdown
        self.pictures = pictures
        self.isPublished = isPublished
        self.menuPosition = menuPosition
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
