import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func importArticles(_ prepared: [PreparedImport], at date: Date) async throws -> ImportReport {
        // An import may touch any list on the site, so every page is redone.
        try await write(announcing: NewsChange([.site])) { db in
            var report = ImportReport()
            var sections = Dictionary(
                uniqueKeysWithValues: try db.rows("SELECT slug, id FROM sections") { ($0.text(0), $0.int64(1)) }
            )
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
                    try db.run(
                        "INSERT INTO sections (slug, name, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM sections))",
                        [item.article.sectionSlug, item.article.sectionName]
                    )
                    sectionID = db.lastInsertedRowID
                    sections[item.article.sectionSlug] = sectionID
                } else {
                    report.refused[item.article.sourceID] =
                        "section \(item.article.sectionSlug) cannot be a section slug"
                    continue
                }
                try Self.save(item, sectionID: sectionID, at: date, in: db, report: &report)
            }
            return report
        }
    }

    public func refreshRelatedNews(limit: Int) async throws -> Int {
        let queued = try await pool.read { db in
            try Int64.fetchAll(
                db, sql: "SELECT article_id FROM related_queue ORDER BY article_id LIMIT ?", arguments: [limit])
        }
        guard !queued.isEmpty else { return 0 }
        // Work out the lists on reader connections, two halves at once, then save them in one
        // short write. A list whose article changed meanwhile left the queue and is dropped.
        let statistics = try readPage { db in
            queued.count >= 500 ? try TermStatistics(loadingFrom: db) : try TermStatistics(lookingUpIn: db)
        }
        let halves = [Array(queued.prefix(queued.count / 2)), Array(queued.dropFirst(queued.count / 2))]
        let lists = try await withThrowingTaskGroup(of: [(Int64, [(id: ArticleID, score: Double)])].self) { group in
            for half in halves where !half.isEmpty {
                group.addTask {
                    try half.map { id in
                        (
                            id,
                            try self.readPage { db in
                                try RelatedNews.related(to: ArticleID(id), statistics: statistics, in: db)
                            }
                        )
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
        try await write { db in
            var refreshed: Set<PageDependency> = []
            for (id, list) in lists {
                try db.run("DELETE FROM related_queue WHERE article_id = ?", [id])
                guard db.changesCount > 0 else { continue }
                refreshed.insert(.relatedNews(ArticleID(id)))
                try db.run("DELETE FROM article_auto_related WHERE article_id = ?", [id])
                for (position, entry) in list.enumerated() {
                    try db.run(
                        "INSERT INTO article_auto_related (article_id, position, related_id, score) VALUES (?, ?, ?, ?)",
                        [id, position, entry.id.rawValue, entry.score]
                    )
                }
            }
            return ((), NewsChange(refreshed))
        }
        return queued.count
    }

    public func relatedNewsBacklog() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM related_queue") ?? 0 }
    }

    public func reindex(progress: @Sendable (Int, Int) -> Void) async throws {
        let ids = try await write(announcing: NewsChange([.home])) { db in
            try db.run("INSERT INTO article_search (article_search) VALUES ('delete-all')")
            try db.run("DELETE FROM article_search_text")
            return try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE status = 'published' ORDER BY id")
        }
        var done = 0
        progress(0, ids.count)
        for batch in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let sources = try readPage { db in try batch.map { try Self.searchSource(ArticleID($0), in: db) } }
            let analysed = await Parallel.map(sources.compactMap { $0 }) { source in
                (
                    source.id,
                    AnalysedArticle(
                        headline: source.headline, kicker: source.kicker, summary: source.summary,
                        tagNames: source.tags, bodyText: source.body
                    )
                )
            }
            try await pool.write { db in
                for (id, article) in analysed { try SearchIndex.add(id, article, in: db) }
                for id in batch { try db.run("INSERT OR IGNORE INTO related_queue (article_id) VALUES (?)", [id]) }
            }
            done += batch.count
            progress(done, ids.count)
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
        try await pool.write { db in
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
        try await pool.write { db in
            try db.run("INSERT INTO article_search (article_search, rank) VALUES ('automerge', ?)", [automatic])
            try db.run("INSERT INTO article_search (article_search, rank) VALUES ('crisismerge', ?)", [crisis])
        }
    }

    // MARK: Parts of an import

    /// Adds a new article or updates the one with the same source id.
    private static func save(
        _ item: PreparedImport,
        sectionID: Int64,
        at date: Date,
        in db: Database,
        report: inout ImportReport
    ) throws {
        let article = item.article
        let existing = try db.firstRow(SavedImport.query, arguments: [article.sourceID]) { row in
            try SavedImport(row, comparedWith: item, sectionID: sectionID)
        }
        let id: Int64
        // An article the newsroom took down stays down: its text is updated, not republished.
        var isPublished = true
        if let existing {
            if existing.isUnchanged {
                report.unchanged += 1
                return
            }
            id = existing.id
            isPublished = existing.isPublished
            try archiveCurrentVersion(of: ArticleID(id), in: db)
            try db.run(
                """
                UPDATE articles SET slug = ?, headline = ?, summary = ?, section_id = ?, published_at = ?,
                    updated_at = ?, revision = revision + 1 WHERE id = ?
                """,
                [
                    item.slug, article.headline.trimmedForNews, article.summary.trimmedForNews, sectionID,
                    article.publishedAt.timeIntervalSince1970, date.timeIntervalSince1970, id,
                ]
            )
            try SearchIndex.remove(ArticleID(id), in: db)
            report.updated += 1
        } else {
            let published = article.publishedAt.timeIntervalSince1970
            try db.run(
                """
                INSERT INTO articles (slug, headline, summary, section_id, status, is_featured, created_at,
                    published_at, updated_at, revision, source_id)
                VALUES (?, ?, ?, ?, 'published', 0, ?, ?, ?, 1, ?)
                """,
                [
                    item.slug, article.headline.trimmedForNews, article.summary.trimmedForNews, sectionID,
                    published, published, published, article.sourceID,
                ]
            )
            id = db.lastInsertedRowID
            report.added += 1
        }
        try db.run(ArticleStatements.saveBody, [id, item.body.html.html, item.body.markdown, item.plainText])
        guard isPublished else { return }
        try SearchIndex.add(ArticleID(id), item.analysed, in: db)
        try db.run("INSERT OR IGNORE INTO related_queue (article_id) VALUES (?)", [id])
    }

    /// What the index needs of one article, read from the database.
    private struct SearchSource: Sendable {
        var id: ArticleID
        var headline: String
        var kicker: String
        var summary: String
        var tags: [String]
        var body: String
    }

    private static func searchSource(_ id: ArticleID, in db: ReaderConnection) throws -> SearchSource? {
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
            SearchSource(
                id: id, headline: row.text(0), kicker: row.text(1), summary: row.text(2), tags: tags, body: row.text(3))
        }
    }
}
