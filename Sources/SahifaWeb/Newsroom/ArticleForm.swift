import Foundation
import SahifaCore

/// The article editor's form, as posted: everything the member typed, kept as typed so a
/// refused save can show it all again.
struct ArticleForm: Sendable, Hashable, Codable {
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
    /// As typed in a datetime-local field, in the site's clock; empty for no embargo.
    var embargo = ""
    var correction = ""
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
        embargo = form["embargo"] ?? ""
        correction = form["correction"] ?? ""
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
        correction = article.correction?.note ?? ""
        revision = article.revision
    }

    /// The form as it was first shown for `article`, with its embargo in the site's clock.
    init(_ article: Article, zone: String) {
        self.init(article)
        embargo = article.embargoUntil.map { LocalTime.format($0, zone: zone) } ?? ""
    }

    /// The form as an autosave keeps it.
    func encoded() throws -> String {
        String(decoding: try JSONEncoder().encode(self), as: UTF8.self)
    }

    /// A form an autosave kept; nil when it cannot be read (written by a later version).
    init?(autosaved text: String) {
        guard let form = try? JSONDecoder().decode(Self.self, from: Data(text.utf8)) else { return nil }
        self = form
    }

    /// The draft to save, the embargo read in the site's clock `zone`.
    /// - Throws: `InvalidEmbargo` when the embargo field is not a date and time.
    func draft(zone: String) throws(InvalidEmbargo) -> ArticleDraft {
        var embargoUntil: Date?
        if !embargo.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let time = LocalTime.parse(embargo, zone: zone) else { throw InvalidEmbargo() }
            embargoUntil = time
        }
        return ArticleDraft(
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
            seo: SEOFields(
                title: seoTitle.isEmpty ? nil : seoTitle, description: seoDescription.isEmpty ? nil : seoDescription),
            embargoUntil: embargoUntil,
            correctionNote: correction
        )
    }

    /// The embargo field does not hold a date and time.
    struct InvalidEmbargo: Error {}

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
        case .correction: "correction"
        }
    }
}
