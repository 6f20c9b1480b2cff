/// The statements an article save runs the same on both stores, one `?` for each value.
enum ArticleStatements {
    /// Saves an article's body; arguments: article id, HTML, Markdown, plain text.
    static let saveBody = """
        INSERT INTO article_bodies (article_id, html, markdown, plain_text) VALUES (?, ?, ?, ?)
        ON CONFLICT (article_id) DO UPDATE SET
            html = excluded.html, markdown = excluded.markdown, plain_text = excluded.plain_text
        """

    /// Arguments: article id, tag id, position.
    static let addTag = "INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"

    /// Arguments: article id, author id, position in the byline.
    static let addAuthor = "INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)"

    /// A card in an article's body; arguments: article id, position, the card's article id.
    static let addRelated = "INSERT INTO article_related (article_id, position, related_id) VALUES (?, ?, ?)"

    /// Copies the article with id `?`, as it is now, into `article_revisions` before a save replaces it:
    /// the table holds every earlier version, and the article row the current one.
    static let archiveCurrentVersion = """
        INSERT INTO article_revisions (article_id, revision, saved_at, slug, kicker, headline, summary, body_markdown)
        SELECT a.id, a.revision, a.updated_at, a.slug, a.kicker, a.headline, a.summary, b.markdown
        FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
        """
}
