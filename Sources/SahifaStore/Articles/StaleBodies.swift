import SahifaCore

/// Bodies whose stored HTML an earlier `BodyRenderer` wrote. Readers' pages copy the HTML
/// saved with a body, so when the renderer changes (issue 20 made every body picture a
/// `<picture>` with renditions) the stored bodies are queued here by a migration, and by
/// `reindex`, and rendered again from their Markdown a batch at a time by a background job.
/// The queue is the same on both stores.
package enum StaleBodies {
    /// What a queued body belongs to: an article or a static page.
    package enum Owner: String, Sendable {
        case article
        case page

        /// The statement reading the body's Markdown; `?` for the owner's id.
        package var markdown: String {
            switch self {
            case .article: "SELECT markdown FROM article_bodies WHERE article_id = ?"
            case .page: "SELECT body_markdown FROM static_pages WHERE id = ?"
            }
        }

        /// The statement saving the HTML when it differs; `?` for the HTML, the id and the HTML again.
        package var save: String {
            switch self {
            case .article: "UPDATE article_bodies SET html = ? WHERE article_id = ? AND html <> ?"
            case .page: "UPDATE static_pages SET body_html = ? WHERE id = ? AND body_html <> ?"
            }
        }

        /// What a page cache drops when this owner's body changes.
        package func dependency(_ id: Int64) -> PageDependency {
            switch self {
            case .article: .article(ArticleID(id))
            case .page: .site
            }
        }
    }

    /// The migration of both stores that makes the queue and fills it with every body saved
    /// before bodies had renditions.
    package static let migration =
        (["CREATE TABLE stale_bodies (owner TEXT NOT NULL, id BIGINT NOT NULL, PRIMARY KEY (owner, id))"] + queueAll)
        .joined(separator: ";\n")

    /// Queues every body; run one after the other.
    package static let queueAll = [
        "INSERT INTO stale_bodies (owner, id) SELECT 'article', article_id FROM article_bodies WHERE true ON CONFLICT DO NOTHING",
        "INSERT INTO stale_bodies (owner, id) SELECT 'page', id FROM static_pages WHERE true ON CONFLICT DO NOTHING",
    ]

    /// The next queued bodies; `?` for how many.
    package static let next = "SELECT owner, id FROM stale_bodies ORDER BY owner, id LIMIT ?"

    package static let backlog = "SELECT COUNT(*) FROM stale_bodies"

    /// Takes a body off the queue; `?` for its owner and id.
    package static let take = "DELETE FROM stale_bodies WHERE owner = ? AND id = ?"

    /// The hashes of the pictures the Markdown names, for the store to look up; none when the
    /// Markdown cannot be read, which `html` then leaves alone.
    package static func pictures(in markdown: String) -> [String] {
        (try? BodyRenderer.references(in: markdown).imageHashes) ?? []
    }

    /// The body rendered by today's renderer with the pictures the store found; nil when it
    /// cannot be (a picture gone from the library), so the stored HTML stays as it was.
    package static func html(of markdown: String, found: [String: MediaAsset]) -> String? {
        try? BodyRenderer(media: found).render(markdown).html.html
    }
}
