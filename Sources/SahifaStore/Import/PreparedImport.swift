import ArabicText
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
    /// Why the article cannot be saved, if it cannot.
    package var problem: String?

    /// Prepares a batch, in parallel, keeping its order.
    public static func prepare(_ articles: [ImportedArticle]) async -> [PreparedImport] {
        await Parallel.map(articles, PreparedImport.init)
    }

    package init(_ article: ImportedArticle) {
        let (body, plainText) = PlainTextBody.body(fromText: article.bodyText)
        let headline = article.headline.trimmedForNews
        if article.sourceID.isEmpty || article.sourceID.count > 200 {
            problem = "its id is empty or longer than 200 characters"
        } else if headline.isEmpty {
            problem = "it has no headline"
        } else if plainText.isEmpty && article.summary.trimmedForNews.isEmpty {
            problem = "it has neither body nor summary"
        }
        let slug = Slug.make(from: headline)
        self.article = article
        self.slug = slug.isEmpty ? "article" : slug
        self.body = body
        self.plainText = plainText
        analysed = AnalysedArticle(
            headline: headline, kicker: "", summary: article.summary, tagNames: [], bodyText: plainText)
    }
}
