import Foundation
import SahifaCore

/// An article's revisions, in both stores: the current words from the article itself, the
/// earlier ones from `article_revisions`, both read in the same column order.
package enum RevisionColumns {
    /// The article's current revision; argument: its id.
    package static let currentQuery = """
        SELECT a.revision, a.updated_at, a.slug, COALESCE(a.kicker, ''), a.headline, a.summary, b.markdown
        FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
        """

    /// The article's earlier revisions, newest first; argument: its id.
    package static let earlierQuery = """
        SELECT revision, saved_at, slug, COALESCE(kicker, ''), headline, summary, body_markdown
        FROM article_revisions WHERE article_id = ? ORDER BY revision DESC
        """

    package static func revision(in row: some StoreRow, of id: ArticleID) throws -> ArticleRevision {
        ArticleRevision(
            articleID: id, number: try row.int(0), savedAt: Date(timeIntervalSince1970: try row.double(1)),
            slug: try row.text(2), kicker: try row.text(3), headline: try row.text(4), summary: try row.text(5),
            bodyMarkdown: try row.text(6)
        )
    }
}
