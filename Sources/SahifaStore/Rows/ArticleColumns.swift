import Foundation
import SahifaCore

/// How a whole article is selected and read back, in both stores: one row for the article
/// with its body, section and hero picture, then its tags, authors and related articles.
package enum ArticleColumns {
    /// The article row, with one `?` for its id. Reader pages skip the body's Markdown
    /// (`readingMarkdown` false leaves it empty): they show the HTML rendered from it.
    package static func select(readingMarkdown: Bool) -> String {
        readingMarkdown ? selectWithMarkdown : selectWithoutMarkdown
    }

    private static let selectWithMarkdown = select(markdown: "b.markdown")
    private static let selectWithoutMarkdown = select(markdown: "''")

    /// Article rows without Markdown, with one `?` for an array of ids (PostgreSQL only).
    package static let selectEachOf = select(markdown: "''", condition: "a.id = ANY(?)")

    private static func select(markdown: String, condition: String = "a.id = ?") -> String {
        """
        SELECT a.id, a.slug, a.kicker, a.headline, a.summary, \(markdown), b.html, a.status,
               a.is_featured, a.seo_title, a.seo_description, a.created_at, a.published_at, a.updated_at,
               a.revision, a.source_id, \(SectionColumns.list("s")), \(MediaColumns.list("m")), a.created_by,
               a.embargo_until, a.correction_note, a.corrected_at
        FROM articles a
        JOIN article_bodies b ON b.article_id = a.id
        JOIN sections s ON s.id = a.section_id
        LEFT JOIN media m ON m.hash = a.hero_hash
        WHERE \(condition)
        """
    }

    /// The article's tags in order, with one `?` for its id; rows read by `TagColumns.tag`,
    /// with the article's id after the tag (column `TagColumns.count`).
    package static let tags = tags(ofArticles: "= ?")
    /// The tags of several articles, with one `?` for an array of ids (PostgreSQL only).
    package static let tagsOfEach = tags(ofArticles: "= ANY(?)")

    /// The article's authors in order, with one `?` for its id; rows read by
    /// `AuthorColumns.author`, with the article's id after the author (column `AuthorColumns.count`).
    package static let authors = authors(ofArticles: "= ?")
    /// The authors of several articles, with one `?` for an array of ids (PostgreSQL only).
    package static let authorsOfEach = authors(ofArticles: "= ANY(?)")

    /// The ids of the articles placed as cards in the body, in order, with one `?` for its id;
    /// the article's own id is the second column.
    package static let related = related(ofArticles: "= ?")
    /// The cards of several articles, with one `?` for an array of ids (PostgreSQL only).
    package static let relatedOfEach = related(ofArticles: "= ANY(?)")

    private static func tags(ofArticles ids: String) -> String {
        """
        SELECT \(TagColumns.list("t")), x.article_id FROM tags t JOIN article_tags x ON x.tag_id = t.id
        WHERE x.article_id \(ids) ORDER BY x.position
        """
    }

    private static func authors(ofArticles ids: String) -> String {
        """
        SELECT \(AuthorColumns.list("p")), x.article_id FROM authors p JOIN article_authors x ON x.author_id = p.id
        WHERE x.article_id \(ids) ORDER BY x.position
        """
    }

    private static func related(ofArticles ids: String) -> String {
        "SELECT related_id, article_id FROM article_related WHERE article_id \(ids) ORDER BY position"
    }

    /// The article read from a row of `select(readingMarkdown:)`.
    package static func article(_ row: some StoreRow, tags: [Tag], authors: [Author], related: [ArticleID]) throws
        -> Article
    {
        let after = 16 + SectionColumns.count + MediaColumns.count
        return Article(
            id: ArticleID(try row.int64(0)),
            slug: try row.text(1),
            kicker: try row.optionalText(2),
            headline: try row.text(3),
            summary: try row.text(4),
            body: ArticleBody(
                markdown: try row.text(5),
                html: TrustedHTML(storedRendering: try row.bytes(6)),
                relatedArticleIDs: related
            ),
            heroImage: try MediaColumns.asset(in: row, at: 16 + SectionColumns.count),
            section: try SectionColumns.section(in: row, at: 16),
            tags: tags,
            authors: authors,
            status: ArticleStatus(rawValue: try row.text(7)) ?? .draft,
            isFeatured: try row.bool(8),
            seo: SEOFields(title: try row.optionalText(9), description: try row.optionalText(10)),
            createdAt: Date(timeIntervalSince1970: try row.double(11)),
            publishedAt: try row.optionalDouble(12).map(Date.init(timeIntervalSince1970:)),
            updatedAt: Date(timeIntervalSince1970: try row.double(13)),
            revision: try row.int(14),
            sourceID: try row.optionalText(15),
            createdBy: try row.optionalInt64(after).map { AccountID($0) },
            embargoUntil: try row.optionalDouble(after + 1).map(Date.init(timeIntervalSince1970:)),
            correction: try row.optionalText(after + 2).map { note in
                Correction(note: note, at: Date(timeIntervalSince1970: try row.double(after + 3)))
            }
        )
    }
}
