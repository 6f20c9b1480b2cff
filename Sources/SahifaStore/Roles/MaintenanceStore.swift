import Foundation
import SahifaCore

/// What the operator and the server's jobs run: the schema, imports, the search index and
/// related news, and scheduled publishing.
public protocol MaintenanceStore: Sendable {
    /// Brings the schema up to date; safe to call on every start.
    func migrate() async throws

    /// Whether the schema is missing migrations this program knows.
    func needsMigration() async throws -> Bool

    /// Publishes every scheduled article whose time has come, each in its own transaction;
    /// answers their ids. Run every second by the server, so a restart only delays it.
    func publishDueArticles(at now: Date) async throws -> [ArticleID]

    /// Saves articles published elsewhere (see `PreparedImport`), in one transaction: new
    /// source ids are added, changed ones updated, unchanged ones left alone; missing sections
    /// are created. Their related news is queued (see `refreshRelatedNews`).
    func importArticles(_ articles: [PreparedImport], at date: Date) async throws -> ImportReport

    /// Where the published and scheduled articles imported under these source ids now live;
    /// ids never imported, and articles not public, are left out.
    func importedPlaces(sourceIDs: [String]) async throws -> [ImportedPlace]

    /// Saves what a whole site brings besides its articles (see `SiteImport`), in one
    /// transaction, before its articles are imported.
    /// - Throws: `BodyError` for a static page whose body cannot be read.
    func importSite(_ site: SiteImport, at date: Date) async throws -> SiteImportReport

    /// Adds the server's count of readers each old address sent on, in one short write; `hits` is never empty.
    func countRedirectHits(_ hits: [String: Int]) async throws

    /// Works out the related news of up to `limit` queued articles; returns how many were
    /// done (0 when the queue is empty).
    func refreshRelatedNews(limit: Int) async throws -> Int

    /// How many articles wait for their related news.
    func relatedNewsBacklog() async throws -> Int

    /// Renders again, with today's `BodyRenderer`, up to `limit` of the bodies queued as
    /// rendered by an earlier one (`StaleBodies`), in one short write that announces the
    /// articles and pages it changed; answers how many it took off the queue (0 when empty).
    func renderStaleBodies(limit: Int) async throws -> Int

    /// Rebuilds the search index from the articles, and queues every body to be rendered
    /// again (`renderStaleBodies`); `progress` gets (done, total). With
    /// `queueingRelatedNews`, every published article's related news is queued to be worked
    /// out again; a restore, which brought the related news with the articles, keeps it.
    func reindex(queueingRelatedNews: Bool, progress: @Sendable (Int, Int) -> Void) async throws

    /// One short step of keeping the search index in few parts. SQLite's FTS5 adds each write's
    /// words as a part of their own, and a search looks every word up in every part: on the
    /// shared corpus, one part instead of the six an import left halved the time to find the
    /// matches. FTS5's own merging only merges small parts with each other, so when there are
    /// more than a few, a step merges some pages' worth of them toward one part, in its own
    /// short write; answers whether there is more to merge. Run until false after an import or
    /// a reindex, and now and then by the server. Nothing on PostgreSQL, whose index has no parts.
    func mergeSearchIndexStep() async throws -> Bool

    /// Stops FTS5 merging the index's parts as writes come in, for a bulk import that ends by
    /// merging them (`mergeSearchIndexStep`) and `resumeSearchIndexMerging`: each batch's part is
    /// then written once and merged once, which made importing the shared corpus a tenth faster.
    /// It lasts until resumed, across restarts, so the server resumes it when it starts (an
    /// interrupted import leaves it deferred). Nothing on PostgreSQL.
    func deferSearchIndexMerging() async throws

    /// Lets FTS5 merge the index's parts as writes come in again (the usual way).
    func resumeSearchIndexMerging() async throws
}

extension MaintenanceStore {
    /// Prepares and saves a batch of imported articles in one go.
    public func importArticles(_ articles: [ImportedArticle], at date: Date) async throws -> ImportReport {
        try await importArticles(await PreparedImport.prepare(articles), at: date)
    }
}
