import ArabicText
import Foundation

/// A static page as an editor submits it: the rules the newsroom's form applies before the
/// store saves it.
public struct StaticPageDraft: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var bodyMarkdown: String
    public var isPublished: Bool
    /// Place in the footer menu from 1; nil keeps it out.
    public var menuPosition: Int?

    public static let titleLimit = 120

    public init(slug: String, title: String, bodyMarkdown: String, isPublished: Bool, menuPosition: Int?) {
        self.slug = slug
        self.title = title
        self.bodyMarkdown = bodyMarkdown
        self.isPublished = isPublished
        self.menuPosition = menuPosition
    }

    public var trimmedTitle: String { title.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The slug to save: the editor's, or one made from the title.
    public var effectiveSlug: String {
        let typed = slug.trimmingCharacters(in: .whitespaces)
        return typed.isEmpty ? Slug.make(from: trimmedTitle) : typed
    }

    /// Every problem at once, each for its field. Whether the slug is free and the pictures
    /// exist, the store checks.
    /// - Throws: `InvalidStaticPage`.
    public func validate() throws(InvalidStaticPage) {
        var problems: [InvalidStaticPage.Problem] = []
        if trimmedTitle.isEmpty { problems.append(.titleMissing) }
        if trimmedTitle.count > Self.titleLimit { problems.append(.titleTooLong(limit: Self.titleLimit)) }
        if effectiveSlug.isEmpty || !Slug.isValid(effectiveSlug) { problems.append(.slugInvalid) }
        if let menuPosition, !(1...1_000).contains(menuPosition) { problems.append(.menuPositionOutOfRange) }
        do {
            _ = try BodyRenderer.references(in: bodyMarkdown)
        } catch {
            problems.append(.bodyInvalid("\(error)"))
        }
        if !problems.isEmpty { throw InvalidStaticPage(problems: problems) }
    }
}
