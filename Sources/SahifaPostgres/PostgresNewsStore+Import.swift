import ArabicText
import Foundation
import SahifaCore
import SahifaStore

extension PostgresNewsStore {
    public func importArticles(_ prepared: [PreparedImport], at date: Date) async throws -> ImportReport {
        // An import may touch any list on the site, so every page is redone.
        try await write(announcing: NewsChange([.site])) { db in
            func known(_ sql: String) async throws -> [(slug: String, id: Int64)] {
                try await db.rows(sql) { (try $0.text(0), try $0.int64(1)) }
            }
            var batch = ImportBatch(
                knownSections: try await known(ImportBatch.knownSections),
                knownAuthors: try await known(ImportBatch.knownAuthors), at: date)
            // Indexed and queued all at once at the end: each statement is a round trip.
            var indexed: [(id: ArticleID, analysed: AnalysedArticle)] = []
            for (slug, arguments) in batch.missingSections(in: prepared) {
                let id = try await db.firstRow(SiteStatements.createSection, arguments) { try $0.int64(0) }
                guard let id else { throw StoreError.sectionSlugTaken(slug) }
                batch.created(section: id, slug: slug)
            }
            for item in prepared {
                guard let sectionID = batch.sectionID(for: item) else { continue }
                let saved = try await db.firstRow(SavedImport.query, [item.article.sourceID]) {
                    try SavedImport($0, comparedWith: item, sectionID: sectionID)
                }
                let step = batch.step(for: item, sectionID: sectionID, saved: saved)
                if let id = try await Self.take(step, of: item, batch: &batch, in: db) {
                    indexed.append((id, item.analysed))
                }
            }
            try await PostgresSearchIndex.add(indexed, in: db)
            try await db.run(
                "INSERT INTO related_queue (article_id) SELECT unnest(?::bigint[]) ON CONFLICT DO NOTHING",
                [indexed.map(\.id.rawValue)]
            )
            return batch.report
        }
    }

    private static let importedPlacesQuery = """
        SELECT \(ImportedPlace.columns) FROM articles a JOIN sections s ON s.id = a.section_id
        WHERE \(ImportedPlace.isPublic) AND a.source_id = ANY(?::text[])
        """

    public func importedPlaces(sourceIDs: [String]) async throws -> [ImportedPlace] {
        guard !sourceIDs.isEmpty else { return [] }
        // Read where the import just wrote: a replica may not have the batch yet.
        return try await readPrimary { db in
            try await db.rows(Self.importedPlacesQuery, [sourceIDs], ImportedPlace.init)
        }
    }

    public func refreshRelatedNews(limit: Int) async throws -> Int {
        let queued = try await readPrimary { db in
            try await db.rows(RelatedNewsQueue.next, [limit]) { try $0.int64(0) }
        }
        guard !queued.isEmpty else { return 0 }
        let lists = try await RelatedNewsQueue.lists(of: queued) { share in
            try await self.readPrimary { db in
                var lists: [(Int64, RelatedList)] = []
                for id in share {
                    lists.append((id, try await PostgresRelatedNews.related(to: ArticleID(id), in: db)))
                }
                return lists
            }
        }
        try await write { db in
            var refreshed: Set<PageDependency> = []
            for (id, list) in lists {
                guard try await db.changedAny(RelatedNewsQueue.take, [id]) else { continue }
                refreshed.insert(.relatedNews(ArticleID(id)))
                try await PostgresRelatedNews.save(list, of: ArticleID(id), in: db)
            }
            return ((), NewsChange(refreshed))
        }
        return queued.count
    }

    public func relatedNewsBacklog() async throws -> Int {
        try await readPrimary { db in try await db.firstRow(RelatedNewsQueue.backlog) { try $0.int(0) } ?? 0 }
    }

    public func deferSearchIndexMerging() async throws {}

    public func resumeSearchIndexMerging() async throws {}

    public func mergeSearchIndexStep() async throws -> Bool { false }

    public func reindex(queueingRelatedNews: Bool, progress: @Sendable (Int, Int) -> Void) async throws {
        let ids = try await write(announcing: NewsChange([.home])) { db in
            try await db.run("DELETE FROM article_search")
            try await db.run("UPDATE search_documents SET documents = 0")
            try await db.run("DELETE FROM search_terms")
            for statement in StaleBodies.queueAll { try await db.run(statement) }
            return try await db.rows(SearchIndexRebuild.publishedIDs) { try $0.int64(0) }
        }
        try await SearchIndexRebuild.run(ids, progress: progress) { batch in
            try await readPrimary { db in
                try await db.rows(
                    """
                    SELECT a.id, a.headline, COALESCE(a.kicker, ''), a.summary, b.plain_text,
                           COALESCE((SELECT array_agg(t.name ORDER BY x.position) FROM article_tags x JOIN tags t ON t.id = x.tag_id
                                     WHERE x.article_id = a.id), '{}')
                    FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ANY(?)
                    """,
                    [batch]
                ) { row in
                    SearchIndexRebuild.Source(
                        id: ArticleID(try row.int64(0)), headline: try row.text(1), kicker: try row.text(2),
                        summary: try row.text(3), tags: try row.texts(5), body: try row.text(4)
                    )
                }
            }
        } write: { analysed, batch in
            try await write { db -> Void in
                try await PostgresSearchIndex.add(analysed, in: db)
                guard queueingRelatedNews else { return }
                try await db.run(
                    "INSERT INTO related_queue (article_id) SELECT unnest(?::bigint[]) ON CONFLICT DO NOTHING", [batch])
            }
        }
    }

    // MARK: Parts of an import

    /// Writes what the batch decided for one article; answers its id when it is published
    /// and so goes into the index.
    private static func take(
        _ step: ImportBatch.ArticleStep, of item: PreparedImport, batch: inout ImportBatch, in db: PostgresSession
    ) async throws -> ArticleID? {
        switch step {
        case .unchanged:
            return nil
        case .update(let id, let arguments, let staysPublished):
            try await archiveCurrentVersion(of: ArticleID(id), in: db)
            try await db.run(ImportBatch.update, arguments)
            try await PostgresSearchIndex.remove(ArticleID(id), in: db)
            try await db.run(ArticleStatements.saveBody, ImportBatch.body(of: item, id: id))
            try await saveParts(of: item, id: id, isNew: false, batch: &batch, in: db)
            return staysPublished ? ArticleID(id) : nil
        case .insert(let arguments):
            let id = try await db.insertedID(ImportBatch.insert, arguments)
            try await db.run(ArticleStatements.saveBody, ImportBatch.body(of: item, id: id))
            try await saveParts(of: item, id: id, isNew: true, batch: &batch, in: db)
            return item.article.status == .published ? ArticleID(id) : nil
        }
    }

    /// Writes a whole story's tags, bylines and cards.
    private static func saveParts(
        of item: PreparedImport, id: Int64, isNew: Bool, batch: inout ImportBatch, in db: PostgresSession
    ) async throws {
        guard item.fingerprint != nil else { return }
        var tagIDs: [Int64] = []
        for name in ArticleStatements.tagNames(item.article.tagNames) {
            var tagID = batch.tagID(named: name)
            if tagID == nil { tagID = try await findOrCreateTag(named: name, in: db) }
            guard let tagID else { continue }
            batch.found(tag: tagID, named: name)
            tagIDs.append(tagID)
        }
        for step in batch.parts(of: item, id: id, tagIDs: tagIDs, isNew: isNew) {
            try await db.run(step.sql, step.arguments)
        }
    }
}
