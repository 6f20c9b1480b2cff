import ArabicText
import Foundation
import SahifaCore

extension PostgresNewsStore {
    public func importArticles(_ prepared: [PreparedImport], at date: Date) async throws -> ImportReport {
        // An import may touch any list on the site, so every page is redone.
        try await write(announcing: NewsChange([.site])) { db in
            var report = ImportReport()
            var sections = Dictionary(
                try await db.rows("SELECT slug, id FROM sections") { (try $0.text(0), try $0.int64(1)) },
                uniquingKeysWith: { first, _ in first }
            )
            var indexed: [(id: ArticleID, analysed: AnalysedArticle)] = []
            for item in prepared {
                if let problem = item.problem {
                    report.refused[item.article.sourceID] = problem
                    continue
                }
                let sectionID: Int64
                if let known = sections[item.article.sectionSlug] {
                    sectionID = known
                } else if Slug.isValidASCII(item.article.sectionSlug),
                    !Section.reservedSlugs.contains(item.article.sectionSlug)
                {
                    let created = try await db.insertedID(
                        """
                        INSERT INTO sections (slug, name, position)
                        VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM sections)) RETURNING id
                        """,
                        [item.article.sectionSlug, item.article.sectionName]
                    )
                    sectionID = created
                    sections[item.article.sectionSlug] = created
                } else {
                    report.refused[item.article.sourceID] =
                        "section \(item.article.sectionSlug) cannot be a section slug"
                    continue
                }
                if let id = try await Self.save(item, sectionID: sectionID, at: date, in: db, report: &report) {
                    indexed.append((id, item.analysed))
                }
            }
            try await PostgresSearchIndex.add(indexed, in: db)
            try await db.run(
                "INSERT INTO related_queue (article_id) SELECT unnest(?::bigint[]) ON CONFLICT DO NOTHING",
                [indexed.map(\.id.rawValue)]
            )
            return report
        }
    }

    public func refreshRelatedNews(limit: Int) async throws -> Int {
        let queued = try await readPrimary { db in
            try await db.rows("SELECT article_id FROM related_queue ORDER BY article_id LIMIT ?", [limit]) {
                try $0.int64(0)
            }
        }
        guard !queued.isEmpty else { return 0 }
        // Work out the lists in a few read transactions at once, then save them in one short
        // write. A list whose article changed meanwhile left the queue and is dropped.
        let lists = try await withThrowingTaskGroup(of: [(Int64, [(id: ArticleID, score: Double)])].self) { group in
            for share in queued.sliced(into: 4) {
                group.addTask {
                    try await self.readPrimary { db in
                        var lists: [(Int64, [(id: ArticleID, score: Double)])] = []
                        for id in share {
                            lists.append((id, try await PostgresRelatedNews.related(to: ArticleID(id), in: db)))
                        }
                        return lists
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
        try await write { db in
            var refreshed: Set<PageDependency> = []
            for (id, list) in lists {
                let wasQueued = try await db.firstRow(
                    "DELETE FROM related_queue WHERE article_id = ? RETURNING article_id", [id]
                ) {
                    try $0.int64(0)
                }
                guard wasQueued != nil else { continue }
                refreshed.insert(.relatedNews(ArticleID(id)))
                try await PostgresRelatedNews.save(list, of: ArticleID(id), in: db)
            }
            return ((), NewsChange(refreshed))
        }
        return queued.count
    }

    public func relatedNewsBacklog() async throws -> Int {
        try await readPrimary { db in try await db.firstRow("SELECT COUNT(*) FROM related_queue") { try $0.int(0) } ?? 0
        }
    }

    public func deferSearchIndexMerging() async throws {}

    public func resumeSearchIndexMerging() async throws {}

    public func mergeSearchIndexStep() async throws -> Bool { false }

    public func reindex(progress: @Sendable (Int, Int) -> Void) async throws {
        let ids = try await write(announcing: NewsChange([.home])) { db in
            try await db.run("DELETE FROM article_search")
            try await db.run("UPDATE search_documents SET documents = 0")
            try await db.run("DELETE FROM search_terms")
            return try await db.rows("SELECT id FROM articles WHERE status = 'published' ORDER BY id") {
                try $0.int64(0)
            }
        }
        var done = 0
        progress(0, ids.count)
        for batch in ids.sliced(every: 500) {
            let sources = try await readPrimary { db in
                try await db.rows(
                    """
                    SELECT a.id, a.headline, COALESCE(a.kicker, ''), a.summary, b.plain_text,
                           COALESCE((SELECT array_agg(t.name ORDER BY x.position) FROM article_tags x JOIN tags t ON t.id = x.tag_id
                                     WHERE x.article_id = a.id), '{}')
                    FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ANY(?)
                    """,
                    [batch]
                ) { row in
                    (
                        id: ArticleID(try row.int64(0)), headline: try row.text(1), kicker: try row.text(2),
                        summary: try row.text(3), body: try row.text(4), tags: try row.texts(5)
                    )
                }
            }
            let analysed = await Parallel.map(sources) { source in
                (
                    id: source.id,
                    analysed: AnalysedArticle(
                        headline: source.headline, kicker: source.kicker, summary: source.summary,
                        tagNames: source.tags, bodyText: source.body
                    )
                )
            }
            try await write { db in
                try await PostgresSearchIndex.add(analysed, in: db)
                try await db.run(
                    "INSERT INTO related_queue (article_id) SELECT unnest(?::bigint[]) ON CONFLICT DO NOTHING", [batch])
            }
            done += batch.count
            progress(done, ids.count)
        }
    }

    // MARK: Parts of an import

    /// Adds a new article or updates the one with the same source id; answers its id when
    /// it is published and so goes into the index.
    private static func save(
        _ item: PreparedImport,
        sectionID: Int64,
        at date: Date,
        in db: PostgresSession,
        report: inout ImportReport
    ) async throws -> ArticleID? {
        let article = item.article
        let existing = try await db.firstRow(SavedImport.query, [article.sourceID]) { row in
            try SavedImport(row, comparedWith: item, sectionID: sectionID)
        }
        let id: Int64
        // An article the newsroom took down stays down: its text is updated, not republished.
        var isPublished = true
        if let existing {
            if existing.isUnchanged {
                report.unchanged += 1
                return nil
            }
            id = existing.id
            isPublished = existing.isPublished
            try await archiveCurrentVersion(of: ArticleID(id), in: db)
            try await db.run(
                """
                UPDATE articles SET slug = ?, headline = ?, summary = ?, section_id = ?, published_at = ?,
                    updated_at = ?, revision = revision + 1 WHERE id = ?
                """,
                [
                    item.slug, article.headline.trimmedForNews, article.summary.trimmedForNews, sectionID,
                    article.publishedAt.timeIntervalSince1970, date.timeIntervalSince1970, id,
                ]
            )
            try await PostgresSearchIndex.remove(ArticleID(id), in: db)
            report.updated += 1
        } else {
            let published = article.publishedAt.timeIntervalSince1970
            id = try await db.insertedID(
                """
                INSERT INTO articles (slug, headline, summary, section_id, status, is_featured, created_at,
                    published_at, updated_at, revision, source_id)
                VALUES (?, ?, ?, ?, 'published', false, ?, ?, ?, 1, ?) RETURNING id
                """,
                [
                    item.slug, article.headline.trimmedForNews, article.summary.trimmedForNews, sectionID,
                    published, published, published, article.sourceID,
                ]
            )
            report.added += 1
        }
        try await db.run(ArticleStatements.saveBody, [id, item.body.html.html, item.body.markdown, item.plainText])
        return isPublished ? ArticleID(id) : nil
    }
}

extension Array {
    /// The elements in consecutive runs of `size`.
    fileprivate func sliced(every size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }

    /// The elements in `parts` runs of nearly equal length (fewer when there are fewer elements).
    fileprivate func sliced(into parts: Int) -> [[Element]] {
        sliced(every: Swift.max(1, (count + parts - 1) / parts))
    }
}
