import Foundation
import SahifaCore

/// What a whole site brings besides its articles, written in one transaction before them:
/// sections with their parents, bylines, accounts for its writers, its static pages and the
/// redirects from its old addresses (its pictures go through `PictureUpload`, as uploads do). Each row is added once: a second
/// import of the same site adds nothing, and a newer export updates what changed.
public struct SiteImport: Sendable, Hashable {
    public struct ImportedSection: Sendable, Hashable {
        public var slug: String
        public var name: String
        /// The slug of the section it belongs under, which comes earlier in `sections`.
        public var parentSlug: String?

        public init(slug: String, name: String, parentSlug: String?) {
            self.slug = slug
            self.name = name
            self.parentSlug = parentSlug
        }
    }

    public struct ImportedWriter: Sendable, Hashable {
        public var authorSlug: String
        public var name: String
        public var bio: String
        /// Opens a writer's account with no usable password; nil for a byline alone.
        public var email: String?

        public init(authorSlug: String, name: String, bio: String, email: String?) {
            self.authorSlug = authorSlug
            self.name = name
            self.bio = bio
            self.email = email
        }
    }

    public var sections: [ImportedSection] = []
    public var writers: [ImportedWriter] = []
    public var pages: [ImportedPage] = []
    public var redirects: [ImportedRedirect] = []

    public init() {}

    /// What a kind of row became.
    public enum Kind: String, Sendable, CaseIterable {
        case sections, authors, accounts, pages, redirects
    }

    /// The statements to run in order, each with the kind it counts toward: a statement that
    /// changes no row found the row as it should be.
    package func statements(at date: Date) throws -> [(kind: Kind, sql: String, arguments: [StoreValue])] {
        var steps: [(Kind, String, [StoreValue])] = []
        for section in sections {
            steps.append(
                (
                    .sections, SiteImportStatements.section,
                    StoreValue.list(
                        section.slug, section.name, section.parentSlug)
                ))
        }
        for writer in writers {
            steps.append(
                (
                    .authors, SiteImportStatements.author,
                    StoreValue.list(
                        writer.authorSlug, writer.name, writer.bio)
                ))
            if let email = writer.email {
                steps.append(
                    (
                        .accounts, SiteImportStatements.account,
                        StoreValue.list(
                            email.lowercased(), writer.name, date)
                    ))
            }
        }
        for page in pages {
            let renderer = BodyRenderer(media: Dictionary(page.pictures.map { ($0.hash, $0) }) { first, _ in first })
            let html = try renderer.render(page.bodyMarkdown).html.html
            steps.append(
                (
                    .pages, SiteImportStatements.page,
                    StoreValue.list(
                        page.slug, page.title, page.bodyMarkdown, html, page.isPublished, page.menuPosition,
                        page.sourceID, page.createdAt, page.updatedAt)
                ))
        }
        for redirect in redirects {
            steps.append(
                (
                    .redirects, SiteImportStatements.redirect,
                    StoreValue.list(
                        redirect.from, redirect.to, date)
                ))
        }
        return steps
    }
}
