import ArabicText
import SahifaCore

/// A draft with every name it refers to found in the store and its body rendered. Each store
/// looks the names up in its own write transaction; deciding what is missing is shared.
package struct ResolvedDraft {
    package var section: Section
    package var authors: [Author]
    package var hero: MediaAsset?
    package var body: ArticleBody
    package var plainText: String

    /// The names a draft refers to, for the store to look up.
    package struct Names {
        package var section: String
        package var authors: [String]
        package var hero: String?
        package var images: [String]
        package var related: [ArticleID]

        package init(_ draft: ArticleDraft) throws {
            section = draft.sectionSlug.trimmedForNews
            authors = draft.authorSlugs.map(\.trimmedForNews).filter { !$0.isEmpty }
            hero = draft.heroImageHash?.trimmedForNews.nilIfEmpty
            let references = try BodyRenderer.references(in: draft.bodyMarkdown)
            images = references.imageHashes
            related = references.relatedArticleIDs
        }

        /// Every picture named, the hero first.
        package var pictures: [String] { (hero.map { [$0] } ?? []) + images }
    }

    /// What the store found of `Names`; a name it did not find is simply absent.
    package struct Found {
        package init() {}

        package var section: Section?
        package var authors: [String: Author] = [:]
        package var pictures: [String: MediaAsset] = [:]
        package var articles: Set<ArticleID> = []
    }

    /// - Parameter editing: the article being saved, which cannot be its own related card.
    /// - Throws: `InvalidArticle` listing every name that was not found.
    package init(_ draft: ArticleDraft, names: Names, found: Found, editing: ArticleID? = nil) throws {
        var problems: [ArticleValidationError] = []
        if found.section == nil { problems.append(.unknownSection(names.section)) }
        var authors: [Author] = []
        for slug in names.authors {
            if let author = found.authors[slug] {
                if !authors.contains(author) { authors.append(author) }
            } else {
                problems.append(.unknownAuthor(slug))
            }
        }
        if let hash = names.hero, found.pictures[hash] == nil { problems.append(.unknownHeroImage(hash)) }
        for hash in names.images where found.pictures[hash] == nil { problems.append(.unknownImage(hash)) }
        for id in names.related where !found.articles.contains(id) || id == editing {
            problems.append(.unknownRelatedArticle(id))
        }
        guard problems.isEmpty, let section = found.section else { throw InvalidArticle(problems: problems) }
        self.section = section
        self.authors = authors
        hero = names.hero.flatMap { found.pictures[$0] }
        let parsed = try ParsedBody(draft.bodyMarkdown)
        body = try BodyRenderer(media: found.pictures).render(parsed)
        plainText = parsed.plainText
    }
}
