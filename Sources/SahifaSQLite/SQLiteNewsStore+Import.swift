import ArabicText
import Foundation
import GRDB
import SahifaCore
import SahifaStore

extension SQLiteNewsStore {
    public func importArticles(_ prepared: [PreparedImport], at date: Date) async throws -> ImportReport {
        // An import may touch any list on the site, so every page is redone.
        try await write(announcing: NewsChange([.site])) { db in
            func known(_ sql: String) throws -> [(slug: String, id: Int64)] {
                try db.rows(sql) { (slug: $0.text(0), id: $0.int64(1)) }
            }
            var batch = ImportBatch(
                knownSections: try known(ImportBatch.knownSections), knownAuthors: try known(ImportBatch.knownAuthors),
                at: date)
            for missing in batch.missingSections(in: prepared) {
                let id = try db.firstRow(SiteStatements.createSection, arguments: missing.arguments) { $0.int64(0) }
                guard let id else { throw StoreError.sectionSlugTaken(missing.slug) }
                batch.created(section: id, slug: missing.slug)
            }
            for item in prepared {
                guard let sectionID = batch.sectionID(for: item) else { continue }
                let saved = try db.firstRow(SavedImport.query, arguments: [item.article.sourceID]) { row in
                    try SavedImport(row, comparedWith: item, sectionID: sectionID)
                }
                try Self.take(
                    batch.step(for: item, sectionID: sectionID, saved: saved), of: item, batch: &batch, in: db)
            }
            return batch.report
        }
    }

    /// The list drives the join (CROSS JOIN keeps it outside): led by the status, SQLite read
    /// every published article for each batch of an import.
    private static let importedPlacesQuery = """
        SELECT \(ImportedPlace.columns) FROM json_each(?) j CROSS JOIN articles a ON a.source_id = j.value
        JOIN sections s ON s.id = a.section_id WHERE \(ImportedPlace.isPublic)
        """

    public func importedPlaces(sourceIDs: [String]) async throws -> [ImportedPlace] {
        guard !sourceIDs.isEmpty else { return [] }
        // The ids as one JSON array, each a JSON string, for `json_each`.
        let list = String(decoding: try JSONEncoder().encode(sourceIDs), as: UTF8.self)
        return try readPage { db in
            try db.rows(Self.importedPlacesQuery, arguments: [list], ImportedPlace.init)
        }
    }

    public func refreshRelatedNews(limit: Int) async throws -> Int {
        let queued = try await pool.read { db in
            try Int64.fetchAll(db, sql: RelatedNewsQueue.next, arguments: [limit])
        }
        guard !queued.isEmpty else { return 0 }
        let statistics = try readPage { db in
            queued.count >= 500 ? try TermStatistics(loadingFrom: db) : try TermStatistics(lookingUpIn: db)
        }
        let lists = try await RelatedNewsQueue.lists(of: queued) { share in
            try share.map { id in
                (
                    id,
                    try self.readPage { db in try RelatedNews.related(to: ArticleID(id), statistics: statistics, in: db)
                    }
                )
            }
        }
        try await write { db in
            var refreshed: Set<PageDependency> = []
            for (id, list) in lists
            where try db.changedAny(RelatedNewsQueue.take, arguments: [id]) {
                refreshed.insert(.relatedNews(ArticleID(id)))
                try RelatedNews.save(list, of: ArticleID(id), in: db)
            }
            return ((), NewsChange(refreshed))
        }
        return queued.count
    }

    public func relatedNewsBacklog() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: RelatedNewsQueue.backlog) ?? 0 }
    }

    public func reindex(queueingRelatedNews: Bool, progress: @Sendable (Int, Int) -> Void) async throws {
        let ids = try await write(announcing: NewsChange([.home])) { db in
            try db.run("INSERT INTO article_search (article_search) VALUES ('delete-all')")
            try db.run("DELETE FROM article_search_text")
            for statement in StaleBodies.queueAll { try db.run(statement) }
            return try Int64.fetchAll(db, sql: SearchIndexRebuild.publishedIDs)
        }
        try await SearchIndexRebuild.run(ids, progress: progress) { batch in
            try readPage { db in try batch.compactMap { try Self.searchSource(ArticleID($0), in: db) } }
        } write: { analysed, batch in
            try await committing { db in
                for (id, article) in analysed { try SearchIndex.add(id, article, in: db) }
                if queueingRelatedNews {
                    for id in batch { try db.run(ImportBatch.queueRelatedNews, arguments: [id]) }
                }
            }
        }
    }

    public func deferSearchIndexMerging() async throws {
        try await setSearchIndexMerging(automatic: 0, crisis: Self.deferredCrisisMerge)
    }

    public func resumeSearchIndexMerging() async throws {
        let automatic = try await pool.read { db in
            try Int.fetchOne(db, sql: "SELECT v FROM article_search_config WHERE k = 'automerge'")
        }
        // FTS5's own defaults; a file that never deferred keeps no setting to change.
        guard automatic == 0 else { return }
        try await setSearchIndexMerging(automatic: 4, crisis: 16)
    }

    public func mergeSearchIndexStep() async throws -> Bool {
        try await committing { db in
            let parts = try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT segid) FROM article_search_idx") ?? 0
            guard parts > Self.partsLeftUnmerged else { return false }
            let before = db.totalChangesCount
            // A negative count merges every part toward one, not only parts of one size.
            try db.run("INSERT INTO article_search (article_search, rank) VALUES ('merge', ?)", [-Self.mergeStepPages])
            // FTS5's documented sign that the merge is finished: the step changed almost nothing.
            return db.totalChangesCount - before >= 2
        }
    }

    /// How many parts the index may have before the background job merges them: a few small
    /// ones cost a search little.
    private static let partsLeftUnmerged = 4

    /// Pages written by one merge step: about 4 MB, a fraction of a second of writing.
    private static let mergeStepPages = 1_000

    /// While merging is deferred, FTS5 still merges a level that reaches this many parts: the
    /// shared corpus makes 72 (one per batch of 500).
    private static let deferredCrisisMerge = 100

    private func setSearchIndexMerging(automatic: Int, crisis: Int) async throws {
        try await committing { db in
            try db.run("INSERT INTO article_search (article_search, rank) VALUES ('automerge', ?)", [automatic])
            try db.run("INSERT INTO article_search (article_search, rank) VALUES ('crisismerge', ?)", [crisis])
        }
    }

    // MARK: Parts of an import

    /// Writes what the batch decided for one article.
    private static func take(
        _ step: ImportBatch.ArticleStep, of item: PreparedImport, batch: inout ImportBatch, in db: Database
    ) throws {
        let id: Int64
        switch step {
        case .unchanged:
            return
        case .update(let saved, let arguments, let staysPublished):
            try archiveCurrentVersion(of: ArticleID(saved), in: db)
            try db.run(ImportBatch.update, arguments: arguments)
            try SearchIndex.remove(ArticleID(saved), in: db)
            try db.run(ArticleStatements.saveBody, arguments: ImportBatch.body(of: item, id: saved))
            try saveParts(of: item, id: saved, isNew: false, batch: &batch, in: db)
            guard staysPublished else { return }
            id = saved
        case .insert(let arguments):
            id = try db.insertedID(ImportBatch.insert, arguments: arguments)
            try db.run(ArticleStatements.saveBody, arguments: ImportBatch.body(of: item, id: id))
            try saveParts(of: item, id: id, isNew: true, batch: &batch, in: db)
            guard item.article.status == .published else { return }
        }
        try SearchIndex.add(ArticleID(id), item.analysed, in: db)
        try db.run(ImportBatch.queueRelatedNews, arguments: [id])
    }

    /// Writes a whole story's tags, bylines and cards.
    private static func saveParts(
        of item: PreparedImport, id: Int64, isNew: Bool, batch: inout ImportBatch, in db: Database
    ) throws {
        guard item.fingerprint != nil else { return }
        var tagIDs: [Int64] = []
        for name in ArticleStatements.tagNames(item.article.tagNames) {
            let tagID = try batch.tagID(named: name) ?? findOrCreateTag(named: name, in: db)
            batch.found(tag: tagID, named: name)
            tagIDs.append(tagID)
        }
        for step in batch.parts(of: item, id: id, tagIDs: tagIDs, isNew: isNew) {
            try db.run(step.sql, arguments: step.arguments)
        }
    }

    private static func searchSource(_ id: ArticleID, in db: ReaderConnection) throws -> SearchIndexRebuild.Source? {
        let tags = try db.rows(
            "SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = ? ORDER BY x.position",
            arguments: [id.rawValue]
        ) { $0.text(0) }
        return try db.firstRow(
            """
            SELECT a.headline, COALESCE(a.kicker, ''), a.summary, b.plain_text
            FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
            """,
            arguments: [id.rawValue]
        ) { row in
            SearchIndexRebuild.Source(
                id: id, headline: row.text(0), kicker: row.text(1), summary: row.text(2), tags: tags, body: row.text(3))
        }
    }
}
