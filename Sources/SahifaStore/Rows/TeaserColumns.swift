import Foundation
import SahifaCore

/// The one query shape for article teasers, in both stores: the article's card fields with
/// its section and hero picture joined in, read by position.
package enum TeaserColumns {
    /// The teaser's columns, for queries that join articles (`a`), sections (`s`) and media (`m`)
    /// themselves; further columns follow from position `count`.
    package static let list = columns(asCard: false)

    /// `list` for a card, in the same positions. A card (an inline related card or a related
    /// story on an article page, a feed's "اقرأ أيضًا" line) shows no summary, caption or
    /// credit, so those read as empty strings and the source id as NULL. Copying them into
    /// strings was a third of reading an article page's cards.
    package static let cardList = columns(asCard: true)

    private static func columns(asCard: Bool) -> String {
        """
        a.id, a.slug, a.kicker, a.headline, \(asCard ? "''" : "a.summary"), a.published_at, \(asCard ? "NULL" : "a.source_id"),
        \(SectionColumns.list("s")), \(MediaColumns.list("m", captioned: !asCard))
        """
    }

    package static let count: Int32 = 7 + SectionColumns.count + MediaColumns.count

    /// Joins that bring in a teaser's section and hero picture for articles `a`.
    package static let joins = "JOIN sections s ON s.id = a.section_id LEFT JOIN media m ON m.hash = a.hero_hash"

    package static let select = "SELECT \(list) FROM articles a \(joins)"

    /// After `select`: the published article imported with source id `?`.
    package static let bySourceID = "WHERE a.source_id = ? AND a.status = 'published'"

    /// The published cards an editor placed in an article's body, read as cards; one `?` for
    /// the article's id.
    package static let relatedCards = """
        SELECT \(cardList) FROM articles a \(joins)
        JOIN article_related r ON r.related_id = a.id WHERE r.article_id = ? AND a.status = 'published'
        """

    /// An article's related news that is published, best first; `?` for its id and for the
    /// limit. The article page reads them as cards, the API in full.
    package static func relatedNews(asCards: Bool) -> String {
        asCards ? relatedNewsAsCards : relatedNewsInFull
    }

    private static let relatedNewsAsCards = relatedNews(columns: cardList)
    private static let relatedNewsInFull = relatedNews(columns: list)

    private static func relatedNews(columns: String) -> String {
        """
        SELECT \(columns) FROM articles a \(joins)
        JOIN article_auto_related r ON r.related_id = a.id
        WHERE r.article_id = ? AND a.status = 'published'
        ORDER BY r.position
        LIMIT ?
        """
    }

    package static func teaser(_ row: some StoreRow) throws -> ArticleTeaser {
        ArticleTeaser(
            id: ArticleID(try row.int64(0)),
            slug: try row.text(1),
            kicker: try row.optionalText(2),
            headline: try row.text(3),
            summary: try row.text(4),
            section: try SectionColumns.section(in: row, at: 7),
            heroImage: try MediaColumns.asset(in: row, at: 7 + SectionColumns.count),
            publishedAt: Date(timeIntervalSince1970: try row.double(5)),
            sourceID: try row.optionalText(6)
        )
    }
}
