import ArabicText
import SahifaCore

/// A draft with every name it refers to found in the store and its body rendered. Each store
/// looks the names up in its own write transaction; deciding what is missing is shared.
struct ResolvedDraft {
    var section: Section
    var authors: [Author]
    var hero: MediaAsset?
    var body: ArticleBody
    var plainText: String

    /// The names a draft refers to, for the store to look up.
    struct Names {
        var section: String
        var authors: [String]
        var hero: String?
        var images: [String]
        var related: [ArticleID]

        init(_ draft: ArticleDraft) throws {
            section = draft.sectionSlug.trimmedForNews
            authors = draft.authorSlugs.map(\.trimmedForNews).filter { !$0.isEmpty }
            hero = draft.heroImageHash?.trimmedForNews.nilIfEmpty
            let references = try BodyRenderer.references(in: draft.bodyMarkdown)
            images = references.imageHashes
            related = references.relatedArticleIDs
        }

        /// Every picture named, the hero first.
        var pictures: [String] { (hero.map { [$0] } ?? []) + images }
    }

    /// What the store found of `Names`; a name it did not find is simply absent.
    struct Found {
        var section: Section?
        var authors: [String: Author] = [:]
        var pictures: [String: MediaAsset] = [:]
        var articles: Set<ArticleID> = []
    }

    /// - Parameter editing: the article being saved, which cannot be its own related card.
    /// - Throws: `InvalidArticle` listing every name that was not found.
    init(_ draft: ArticleDraft, names: Names, found: Found, editing: ArticleID? = nil) throws {
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
        body = try BodyRenderer(media: found.pictures).render(draft.bodyMarkdown)
        plainText = try BodyRenderer.plainText(of: draft.bodyMarkdown)
    }
}
