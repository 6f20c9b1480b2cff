import ArabicText
import SahifaCore

/// The navigation's order of sections, and the rules for adding and moving one, the same on
/// both stores.
package enum SectionOrder {
    /// The slugs in their new order once `slug` is moved to `position` (1 is first; beyond the
    /// ends means the nearest end).
    /// - Throws: `StoreError.sectionNotFound` when no section has that slug.
    package static func moving(_ slug: String, to position: Int, in order: [String]) throws -> [String] {
        guard let current = order.firstIndex(of: slug) else { throw StoreError.sectionNotFound(slug) }
        var moved = order
        moved.remove(at: current)
        moved.insert(slug, at: min(max(position, 1), moved.count + 1) - 1)
        return moved
    }

    /// The statements that rename `slug` and move it to `position` in `order`, the sections'
    /// slugs in navigation order now (`SiteStatements.sectionOrder`).
    /// - Throws: `StoreError.sectionNotFound` when no section has that slug.
    package static func statements(renaming slug: String, to name: String, at position: Int, in order: [String]) throws
        -> [(sql: String, arguments: [StoreValue])]
    {
        try moving(slug, to: position, in: order).enumerated().map { index, each in
            (SiteStatements.placeSection, StoreValue.list(index + 1, each))
        } + [(SiteStatements.renameSection, StoreValue.list(name.trimmedForNews, slug))]
    }

    /// Whether a slug can name a section: a well-formed a–z/0–9 slug that is not one of the
    /// site's own paths.
    package static func canName(_ slug: String) -> Bool {
        Slug.isValidASCII(slug) && !Section.reservedSlugs.contains(slug)
    }

    /// - Throws: `StoreError.invalidSectionSlug` for a slug that cannot name a section.
    package static func checkNewSlug(_ slug: String) throws {
        guard canName(slug) else { throw StoreError.invalidSectionSlug(slug) }
    }
}
