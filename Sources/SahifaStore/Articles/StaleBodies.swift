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

    /// The next queued bodies with their Markdown (NULL for one deleted since); `?` for how many.
    package static let next = """
        SELECT q.owner, q.id, COALESCE(b.markdown, p.body_markdown)
        FROM stale_bodies q
        LEFT JOIN article_bodies b ON q.owner = 'article' AND b.article_id = q.id
        LEFT JOIN static_pages p ON q.owner = 'page' AND p.id = q.id
        ORDER BY q.owner, q.id LIMIT ?
        """

    /// Takes a body off the queue; `?` for its owner and id.
    package static let take = "DELETE FROM stale_bodies WHERE owner = ? AND id = ?"

    /// A queued body, read once: the pictures it names, for the store to look up, then its HTML
    /// by today's renderer. Nil for Markdown that can no longer be read, whose stored HTML stays.
    package struct Body {
        package let owner: Owner
        package let id: Int64
        private let parsed: ParsedBody

        package init?(owner: String, id: Int64, markdown: String?) {
            guard let owner = Owner(rawValue: owner), let markdown, let parsed = try? ParsedBody(markdown) else {
                return nil
            }
            self.owner = owner
            self.id = id
            self.parsed = parsed
        }

        package var pictures: [String] { parsed.references.imageHashes }

        /// Nil when a picture it names is gone from the library, so the stored HTML stays as it was.
        package func html(found: [String: MediaAsset]) -> String? {
            try? BodyRenderer(media: found).render(parsed).html.html
        }
    }
}
