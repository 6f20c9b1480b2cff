import Foundation
import SahifaCore

/// The autosave table's statements, the same on both stores: one working copy per member and
/// article, replaced by each autosave. It is not part of a newsroom copy between databases.
package enum AutosaveStatements {
    /// The migration, with each store's name for a floating-point column.
    package static func migration(real: String) -> String {
        """
        CREATE TABLE autosaves (
            account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            based_on_revision BIGINT NOT NULL,
            saved_at \(real) NOT NULL,
            form TEXT NOT NULL,
            PRIMARY KEY (account_id, article_id)
        )
        """
    }

    /// Arguments from `keeping(_:)`.
    package static let keep = """
        INSERT INTO autosaves (account_id, article_id, based_on_revision, saved_at, form) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (account_id, article_id) DO UPDATE
        SET based_on_revision = excluded.based_on_revision, saved_at = excluded.saved_at, form = excluded.form
        """

    package static func keeping(_ autosave: Autosave) -> [StoreValue] {
        StoreValue.list(
            autosave.account.rawValue, autosave.article.rawValue, autosave.basedOnRevision,
            autosave.savedAt.timeIntervalSince1970, autosave.form)
    }

    /// Arguments: account, article.
    package static let read = """
        SELECT based_on_revision, saved_at, form FROM autosaves WHERE account_id = ? AND article_id = ?
        """

    /// Arguments: account, article.
    package static let drop = "DELETE FROM autosaves WHERE account_id = ? AND article_id = ?"

    package static func autosave(of article: ArticleID, by account: AccountID, in row: some StoreRow) throws
        -> Autosave
    {
        Autosave(
            article: article, account: account, basedOnRevision: try row.int(0),
            savedAt: Date(timeIntervalSince1970: try row.double(1)), form: try row.text(2))
    }
}
