import ArabicText
import Crypto
import Foundation
import SahifaCore

/// An imported article made ready to save: body rendered, text analysed for search, slug made,
/// and checked. Preparing costs more than saving, so it happens outside the write transaction,
/// on every core, and can overlap with the saving of the previous batch.
public struct PreparedImport: Sendable {
    package var article: ImportedArticle
    package var slug: String
    package var body: ArticleBody
    package var plainText: String
    package var analysed: AnalysedArticle
    /// For a whole story, a digest of what it says beyond a news archive's fields, so a second
    /// import can tell it unchanged; nil for an archive's article.
    package var fingerprint: String?
    /// Why the article cannot be saved, if it cannot.
    package var problem: String?

    /// Prepares a batch, in parallel, keeping its order.
    public static func prepare(_ articles: [ImportedArticle]) async -> [PreparedImport] {
        await Parallel.map(articles, PreparedImport.init)
    }

    package init(_ imported: ImportedArticle) {
        let article = imported.withoutControlCharacters
        var problem: String?
        var body = ArticleBody.empty
        var plainText = ""
        if let markdown = article.bodyMarkdown {
            do {
                let renderer = BodyRenderer(
                    media: Dictionary(article.pictures.map { ($0.hash, $0) }) { first, _ in first })
                let parsed = try ParsedBody(markdown)
                body = try renderer.render(parsed)
                plainText = parsed.plainText
            } catch {
                problem = "its body cannot be read: \(error)"
            }
        } else {
            (body, plainText) = PlainTextBody.body(fromText: article.bodyText)
        }
        let headline = article.headline.trimmedForNews
        if article.sourceID.isEmpty || article.sourceID.count > 200 {
            problem = "its id is empty or longer than 200 characters"
        } else if headline.isEmpty {
            problem = "it has no headline"
        } else if plainText.isEmpty && article.summary.trimmedForNews.isEmpty && article.status == .published {
            problem = "it has neither body nor summary"
        }
        let given = article.slug.map { Slug.make(from: $0) } ?? ""
        let slug = given.isEmpty ? Slug.make(from: headline) : given
        self.article = article
        self.slug = slug.isEmpty ? "article" : slug
        self.body = body
        self.plainText = plainText
        self.problem = problem
        fingerprint = article.isWholeStory ? Self.fingerprint(of: article, slug: self.slug) : nil
        analysed = AnalysedArticle(
            headline: headline, kicker: article.kicker, summary: article.summary, tagNames: article.tagNames,
            bodyText: plainText)
    }

    private static func fingerprint(of article: ImportedArticle, slug: String) -> String {
        var hash = SHA256()
        let fields: [String] =
            [
                slug, article.kicker, article.bodyMarkdown ?? article.bodyText, article.status.rawValue,
                article.heroImageHash ?? "", article.seo.title ?? "", article.seo.description ?? "",
                String(article.publishedAt.timeIntervalSince1970),
                article.createdAt.map { String($0.timeIntervalSince1970) } ?? "",
                article.updatedAt.map { String($0.timeIntervalSince1970) } ?? "",
            ] + article.tagNames + ["\u{1}"] + article.authorSlugs
        for field in fields {
            hash.update(data: Data(field.utf8))
            hash.update(data: Data([0]))
        }
        return Hexadecimal.string(of: hash.finalize())
    }
}
