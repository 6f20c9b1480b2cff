import Foundation
import SahifaCore

/// The article editor's form, as posted: everything the member typed, kept as typed so a
/// refused save can show it all again.
struct ArticleForm: Sendable, Hashable {
    var kicker = ""
    var headline = ""
    var summary = ""
    var body = ""
    var sectionSlug = ""
    /// As typed: names separated by commas (، or ,).
    var tags = ""
    var authorSlugs: [String] = []
    var heroImageHash = ""
    var slug = ""
    var seoTitle = ""
    var seoDescription = ""
    var isFeatured = false
    /// The revision the member started from; nil for a new article.
    var revision: Int?

    init() {}

    init(_ form: QueryParameters) {
        kicker = form["kicker"] ?? ""
        headline = form["headline"] ?? ""
        summary = form["summary"] ?? ""
        body = form["body"] ?? ""
        sectionSlug = form["section"] ?? ""
        tags = form["tags"] ?? ""
        authorSlugs = form.all("authors")
        heroImageHash = form["hero"] ?? ""
        slug = form["slug"] ?? ""
        seoTitle = form["seo_title"] ?? ""
        seoDescription = form["seo_description"] ?? ""
        isFeatured = form["featured"] == "1"
        revision = form["revision"].flatMap { Int($0) }
    }

    init(_ article: Article) {
        kicker = article.kicker ?? ""
        headline = article.headline
        summary = article.summary
        body = article.body.markdown
        sectionSlug = article.section.slug
        tags = article.tags.map(\.name).joined(separator: "، ")
        authorSlugs = article.authors.map(\.slug)
        heroImageHash = article.heroImage?.hash ?? ""
        slug = article.slug
        seoTitle = article.seo.title ?? ""
        seoDescription = article.seo.description ?? ""
        isFeatured = article.isFeatured
        revision = article.revision
    }

    var draft: ArticleDraft {
        ArticleDraft(
            slug: slug,
            kicker: kicker,
            headline: headline,
            summary: summary,
            bodyMarkdown: body,
            heroImageHash: heroImageHash.isEmpty ? nil : heroImageHash,
            sectionSlug: sectionSlug,
            tagNames: tags.split(whereSeparator: { $0 == "," || $0 == "،" })
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty },
            authorSlugs: authorSlugs,
            isFeatured: isFeatured,
            seo: SEOFields(title: seoTitle.isEmpty ? nil : seoTitle, description: seoDescription.isEmpty ? nil : seoDescription)
        )
    }

    /// The form input that a field's problems are shown beside.
    static func fieldName(_ field: ArticleField) -> String {
        switch field {
        case .slug: "slug"
        case .kicker: "kicker"
        case .headline: "headline"
        case .summary: "summary"
        case .body: "body"
        case .heroImage: "hero"
        case .section: "section"
        case .tags: "tags"
        case .authors: "authors"
        case .seoTitle: "seo_title"
        case .seoDescription: "seo_description"
        }
    }
}
