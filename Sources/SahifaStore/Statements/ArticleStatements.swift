import ArabicText
import SahifaCore

/// The statements an article save runs the same on both stores, one `?` for each value.
package enum ArticleStatements {
    /// Adds a new article's row (see `insertedID`); arguments from `inserting(_:createdBy:)`.
    package static let insert = """
        INSERT INTO articles (slug, kicker, headline, summary, hero_hash, section_id, status, is_featured,
            seo_title, seo_description, created_at, published_at, updated_at, revision, created_by, embargo_until)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    package static func inserting(_ new: Article, createdBy account: AccountID?) -> [StoreValue] {
        StoreValue.list(
            new.slug, new.kicker, new.headline, new.summary, new.heroImage?.hash, new.section.id,
            new.status.rawValue, new.isFeatured, new.seo.title, new.seo.description, new.createdAt,
            new.publishedAt, new.updatedAt, new.revision, account, new.embargoUntil
        )
    }

    /// Saves what an editor changes of an article's row; arguments from `updating(_:)`.
    package static let update = """
        UPDATE articles SET slug = ?, kicker = ?, headline = ?, summary = ?, hero_hash = ?, section_id = ?,
            is_featured = ?, seo_title = ?, seo_description = ?, updated_at = ?, revision = ?,
            embargo_until = ?, correction_note = ?, corrected_at = ?
        WHERE id = ?
        """

    package static func updating(_ saved: Article) -> [StoreValue] {
        StoreValue.list(
            saved.slug, saved.kicker, saved.headline, saved.summary, saved.heroImage?.hash, saved.section.id,
            saved.isFeatured, saved.seo.title, saved.seo.description, saved.updatedAt, saved.revision,
            saved.embargoUntil, saved.correction?.note, saved.correction?.at, saved.id
        )
    }

    /// Saves where an article stands in the workflow, all that a move changes; arguments from
    /// `workflowState(of:)`.
    package static let saveWorkflowState =
        "UPDATE articles SET status = ?, published_at = ?, updated_at = ? WHERE id = ?"

    package static func workflowState(of article: Article) -> [StoreValue] {
        StoreValue.list(article.status.rawValue, article.publishedAt, article.updatedAt, article.id)
    }

    /// A row when there is an article with id `?`.
    package static let exists = "SELECT 1 FROM articles WHERE id = ?"

    /// A row when the article with id `?` is published.
    package static let isPublished = "SELECT 1 FROM articles WHERE id = ? AND status = 'published'"

    /// The scheduled articles whose time has come, the earliest first; `?` for now.
    package static let dueForPublishing =
        "SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= ? ORDER BY published_at"

    /// What hangs off an article's row and a save writes anew; one `?` for its id each.
    package static let clearParts = [
        "DELETE FROM article_tags WHERE article_id = ?",
        "DELETE FROM article_authors WHERE article_id = ?",
        "DELETE FROM article_related WHERE article_id = ?",
    ]

    /// Saves an article's body; arguments: article id, HTML, Markdown, plain text.
    package static let saveBody = """
        INSERT INTO article_bodies (article_id, html, markdown, plain_text) VALUES (?, ?, ?, ?)
        ON CONFLICT (article_id) DO UPDATE SET
            html = excluded.html, markdown = excluded.markdown, plain_text = excluded.plain_text
        """

    /// Arguments: article id, tag id, position.
    package static let addTag = "INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"

    /// Arguments: article id, author id, position in the byline.
    package static let addAuthor = "INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)"

    /// A card in an article's body; arguments: article id, position, the card's article id.
    package static let addRelated = "INSERT INTO article_related (article_id, position, related_id) VALUES (?, ?, ?)"

    /// Copies the article with id `?`, as it is now, into `article_revisions` before a save replaces it:
    /// the table holds every earlier version, and the article row the current one.
    package static let archiveCurrentVersion = """
        INSERT INTO article_revisions (article_id, revision, saved_at, slug, kicker, headline, summary, body_markdown)
        SELECT a.id, a.revision, a.updated_at, a.slug, a.kicker, a.headline, a.summary, b.markdown
        FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
        """

    /// The names of the tags a draft carries, as stored: trimmed, empty ones and repeats left out,
    /// in the editor's order.
    package static func tagNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.map(\.trimmedForNews).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The statements that write what hangs off an article's row: its body, its tags (`tagIDs`,
    /// in order, each found or made by the backend), its bylines and its related cards.
    package static func parts(of id: ArticleID, resolved: ResolvedDraft, tagIDs: [Int64]) -> [(
        sql: String, arguments: [StoreValue]
    )] {
        [(saveBody, StoreValue.list(id, resolved.body.html.html, resolved.body.markdown, resolved.plainText))]
            + lists(of: id.rawValue, tagIDs: tagIDs, authorIDs: resolved.authors.map(\.id), cards: resolved.body)
    }

    /// The statements that write an article's tags, bylines and related cards, each in order.
    package static func lists(of id: Int64, tagIDs: [Int64], authorIDs: [Int64], cards body: ArticleBody) -> [(
        sql: String, arguments: [StoreValue]
    )] {
        tagIDs.enumerated().map { (addTag, StoreValue.list(id, $1, $0 + 1)) }
            + authorIDs.enumerated().map { (addAuthor, StoreValue.list(id, $1, $0)) }
            + body.relatedArticleIDs.enumerated().map { (addRelated, StoreValue.list(id, $0, $1)) }
    }
}
