import Foundation
import SahifaCore

/// How a batch of imported articles is written, decided once for both stores: which section
/// each article goes to (created on first use), whether it is new, changed or unchanged, and
/// what each case writes. A backend runs the statements each step names, in one transaction.
package struct ImportBatch {
    package private(set) var report = ImportReport()
    private var sections: [String: Int64]
    private let authors: [String: Int64]
    /// Tags found or made in this batch, by name: a tag that many of its articles carry is
    /// looked up once.
    private var tags: [String: Int64] = [:]
    package let date: Date

    /// The site's sections as (slug, id).
    package static let knownSections = "SELECT slug, id FROM sections"

    /// The site's authors as (slug, id): bylines are written by id, each slug looked up once a batch.
    package static let knownAuthors = "SELECT slug, id FROM authors"

    /// Puts a published article's related news in the queue; `?` for its id.
    package static let queueRelatedNews = "INSERT INTO related_queue (article_id) VALUES (?) ON CONFLICT DO NOTHING"

    package init(knownSections: [(slug: String, id: Int64)], knownAuthors: [(slug: String, id: Int64)], at date: Date) {
        sections = Dictionary(knownSections.map { ($0.slug, $0.id) }, uniquingKeysWith: { first, _ in first })
        authors = Dictionary(knownAuthors.map { ($0.slug, $0.id) }, uniquingKeysWith: { first, _ in first })
        self.date = date
    }

    /// The sections the batch's articles name that the site does not have yet, each once in
    /// the order they first appear, with the arguments of `SiteStatements.createSection`; hand
    /// each one's id to `created(section:slug:)` before placing articles.
    package func missingSections(in prepared: [PreparedImport]) -> [(slug: String, arguments: [StoreValue])] {
        var seen = Set(sections.keys)
        return prepared.compactMap { item in
            let slug = item.article.sectionSlug
            guard item.problem == nil, SectionOrder.canName(slug), seen.insert(slug).inserted else { return nil }
            return (slug, StoreValue.list(slug, item.article.sectionName))
        }
    }

    package mutating func created(section id: Int64, slug: String) {
        sections[slug] = id
    }

    /// The id of a tag this batch has already found or made.
    package func tagID(named name: String) -> Int64? {
        tags[name]
    }

    package mutating func found(tag id: Int64, named name: String) {
        tags[name] = id
    }

    /// The section an article goes to; nil when the article is refused (and counted so).
    package mutating func sectionID(for item: PreparedImport) -> Int64? {
        let slug = item.article.sectionSlug
        if let problem = item.problem {
            report.refused[item.article.sourceID] = problem
            return nil
        }
        guard let id = sections[slug] else {
            report.refused[item.article.sourceID] = "section \(slug) cannot be a section slug"
            return nil
        }
        return id
    }

    /// What an article becomes, given what an earlier import saved under its source id.
    package enum ArticleStep {
        /// Nothing to write.
        case unchanged
        /// Keep the saved version among the revisions, then run `update` with these arguments.
        /// An article the newsroom took down stays down: its text is updated, not republished.
        case update(id: Int64, arguments: [StoreValue], staysPublished: Bool)
        /// Run `insert` with these arguments; it answers the new id.
        case insert([StoreValue])
    }

    /// A whole story's own status stands, except that one the newsroom took down stays down.
    package static let update = """
        UPDATE articles SET slug = ?, headline = ?, summary = ?, section_id = ?, published_at = ?,
            updated_at = ?, revision = revision + 1, kicker = ?, hero_hash = ?, seo_title = ?,
            seo_description = ?, source_fingerprint = ?, status = ?
        WHERE id = ?
        """

    package static let insert = """
        INSERT INTO articles (slug, headline, summary, section_id, status, is_featured, created_at,
            published_at, updated_at, revision, source_id, kicker, hero_hash, seo_title, seo_description,
            source_fingerprint)
        VALUES (?, ?, ?, ?, ?, false, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)
        """

    package mutating func step(for item: PreparedImport, sectionID: Int64, saved: SavedImport?) -> ArticleStep {
        let article = item.article
        let (headline, summary) = (article.headline.trimmedForNews, article.summary.trimmedForNews)
        let kicker = article.kicker.trimmedForNews.nilIfEmpty
        let seo = (article.seo.title?.trimmedForNews.nilIfEmpty, article.seo.description?.trimmedForNews.nilIfEmpty)
        // A draft has no publication time yet; the time the source gave it is kept as its creation.
        let published = article.status == .published || article.status == .scheduled ? article.publishedAt : nil
        guard let saved else {
            report.added += 1
            let created = article.createdAt ?? article.publishedAt
            return .insert(
                StoreValue.list(
                    item.slug, headline, summary, sectionID, article.status.rawValue, created, published,
                    article.updatedAt ?? article.publishedAt, article.sourceID, kicker, article.heroImageHash,
                    seo.0, seo.1, item.fingerprint
                )
            )
        }
        if saved.isUnchanged {
            report.unchanged += 1
            return .unchanged
        }
        report.updated += 1
        let keepsStatus = item.fingerprint == nil || saved.status == .unpublished
        let status = keepsStatus ? saved.status : article.status
        return .update(
            id: saved.id,
            arguments: StoreValue.list(
                item.slug, headline, summary, sectionID, published ?? article.publishedAt,
                article.updatedAt ?? date, kicker, article.heroImageHash, seo.0, seo.1, item.fingerprint,
                status.rawValue,
                saved.id
            ),
            staysPublished: status == .published
        )
    }

    /// What hangs off a whole story's row, written anew on every save: its tags (`tagIDs`, each
    /// found or made by the backend), related cards and bylines, each byline by its author's slug
    /// (one the site lacks, or named twice, adds nothing). An archive's article has none of these.
    /// A row just inserted has nothing to clear first.
    package func parts(of item: PreparedImport, id: Int64, tagIDs: [Int64], isNew: Bool) -> [(
        sql: String, arguments: [StoreValue]
    )] {
        guard item.fingerprint != nil else { return [] }
        var named = Set<Int64>()
        let authorIDs = item.article.authorSlugs.compactMap { authors[$0] }.filter { named.insert($0).inserted }
        return (isNew ? [] : ArticleStatements.clearParts.map { ($0, [StoreValue.integer(id)]) })
            + ArticleStatements.lists(of: id, tagIDs: tagIDs, authorIDs: authorIDs, cards: item.body)
    }

    /// The body's arguments for `ArticleStatements.saveBody`.
    package static func body(of item: PreparedImport, id: Int64) -> [StoreValue] {
        StoreValue.list(id, item.body.html.html, item.body.markdown, item.plainText)
    }
}
