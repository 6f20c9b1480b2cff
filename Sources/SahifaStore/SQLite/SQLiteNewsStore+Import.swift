import ArabicText
import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func importArticles(_ articles: [ImportedArticle], at date: Date) async throws -> ImportReport {
        // Analysing and rendering cost more than writing, so they run on every core first,
        // outside the write transaction.
        let prepared = await Self.prepare(articles)
        return try await pool.write { db in
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
                } else if Slug.isValidASCII(item.article.sectionSlug), !Section.reservedSlugs.contains(item.article.sectionSlug) {
                    try db.run(
                        "INSERT INTO sections (slug, name, position) VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM sections))",
                        [item.article.sectionSlug, item.article.sectionName]
                    )
                    sectionID = db.lastInsertedRowID
                    sections[item.article.sectionSlug] = sectionID
                } else {
                    report.refused[item.article.sourceID] = "section \(item.article.sectionSlug) cannot be a section slug"
                    continue
                }
                try Self.save(item, sectionID: sectionID, at: date, in: db, report: &report)
            }
            return report
        }
    }

    public func refreshRelatedNews(limit: Int) async throws -> Int {
        let queued = try await pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT article_id FROM related_queue ORDER BY article_id LIMIT ?", arguments: [limit])
        }
        guard !queued.isEmpty else { return 0 }
        // Work out the lists on reader connections, two halves at once, then save them in one
        // short write. A list whose article changed meanwhile left the queue and is dropped.
        let halves = [Array(queued.prefix(queued.count / 2)), Array(queued.dropFirst(queued.count / 2))]
        let lists = try await withThrowingTaskGroup(of: [(Int64, [(id: ArticleID, score: Double)])].self) { group in
            for half in halves where !half.isEmpty {
                group.addTask {
                    try half.map { id in (id, try self.readPage { db in try RelatedNews.related(to: ArticleID(id), in: db) }) }
                }
            }
            return try await group.reduce(into: []) { $0.append(contentsOf: $1) }
        }
        try await pool.write { db in
            for (id, list) in lists {
                try db.run("DELETE FROM related_queue WHERE article_id = ?", [id])
                guard db.changesCount > 0 else { continue }
                try db.run("DELETE FROM article_auto_related WHERE article_id = ?", [id])
                for (position, entry) in list.enumerated() {
                    try db.run(
                        "INSERT INTO article_auto_related (article_id, position, related_id, score) VALUES (?, ?, ?, ?)",
                        [id, position, entry.id.rawValue, entry.score]
                    )
                }
            }
        }
        return queued.count
    }

    public func relatedNewsBacklog() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM related_queue") ?? 0 }
    }

    public func reindex(progress: @Sendable (Int, Int) -> Void) async throws {
        let ids = try await pool.write { db in
            try db.run("INSERT INTO article_search (article_search) VALUES ('delete-all')")
            try db.run("DELETE FROM article_search_text")
            return try Int64.fetchAll(db, sql: "SELECT id FROM articles WHERE status = 'published' ORDER BY id")
        }
        var done = 0
        progress(0, ids.count)
        for batch in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            let sources = try readPage { db in try batch.map { try Self.searchSource(ArticleID($0), in: db) } }
            let analysed = await Self.inParallel(sources.compactMap { $0 }) { source in
                (source.id, AnalysedArticle(
                    headline: source.headline, kicker: source.kicker, summary: source.summary,
                    tagNames: source.tags, bodyText: source.body
                ))
            }
            try await pool.write { db in
                for (id, article) in analysed { try SearchIndex.add(id, article, in: db) }
                for id in batch { try db.run("INSERT OR IGNORE INTO related_queue (article_id) VALUES (?)", [id]) }
            }
            done += batch.count
            progress(done, ids.count)
        }
    }

    // MARK: Parts of an import

    /// An imported article made ready to save: rendered, analysed and checked.
    private struct PreparedImport: Sendable {
        var article: ImportedArticle
        var slug: String
        var body: ArticleBody
        var plainText: String
        var analysed: AnalysedArticle
        var problem: String?
    }

    private static func prepare(_ articles: [ImportedArticle]) async -> [PreparedImport] {
        await inParallel(articles) { article in
            let (body, plainText) = PlainTextBody.body(fromText: article.bodyText)
            let headline = article.headline.trimmedForNews
            var problem: String?
            if article.sourceID.isEmpty || article.sourceID.count > 200 {
                problem = "its id is empty or longer than 200 characters"
            } else if headline.isEmpty {
                problem = "it has no headline"
            } else if plainText.isEmpty && article.summary.trimmedForNews.isEmpty {
                problem = "it has neither body nor summary"
            }
            let slug = Slug.make(from: headline)
            return PreparedImport(
                article: article,
                slug: slug.isEmpty ? "article" : slug,
                body: body,
                plainText: plainText,
                analysed: AnalysedArticle(
                    headline: headline, kicker: "", summary: article.summary, tagNames: [], bodyText: plainText
                ),
                problem: problem
            )
        }
    }

    /// Adds a new article or updates the one with the same source id.
    private static func save(
        _ item: PreparedImport,
        sectionID: Int64,
        at date: Date,
        in db: Database,
        report: inout ImportReport
    ) throws {
        let article = item.article
        let existing = try db.firstRow(
            """
            SELECT a.id, a.headline, a.summary, b.plain_text, a.section_id, a.published_at, a.revision
            FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.source_id = ?
            """,
            arguments: [article.sourceID]
        ) { row in
            (
                id: row.int64(0),
                same: row.text(1) == article.headline.trimmedForNews && row.text(2) == article.summary.trimmedForNews
                    && row.text(3) == item.plainText && row.int64(4) == sectionID
                    && row.double(5) == article.publishedAt.timeIntervalSince1970,
                revision: row.int(6)
            )
        }
        let id: Int64
        let revision: Int
        if let existing {
            if existing.same {
                report.unchanged += 1
                return
            }
            id = existing.id
            revision = existing.revision + 1
            try db.run(
                """
                UPDATE articles SET slug = ?, headline = ?, summary = ?, section_id = ?, published_at = ?,
                    updated_at = ?, revision = ? WHERE id = ?
                """,
                [
                    item.slug, article.headline.trimmedForNews, article.summary.trimmedForNews, sectionID,
                    article.publishedAt.timeIntervalSince1970, date.timeIntervalSince1970, revision, id,
                ]
            )
            try SearchIndex.remove(ArticleID(id), in: db)
            report.updated += 1
        } else {
            revision = 1
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
        try db.run(
            """
            INSERT INTO article_bodies (article_id, html, markdown, plain_text) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET
                html = excluded.html, markdown = excluded.markdown, plain_text = excluded.plain_text
            """,
            [id, item.body.html.html, item.body.markdown, item.plainText]
        )
        try db.run(
            """
            INSERT INTO article_revisions (article_id, revision, saved_at, slug, kicker, headline, summary, body_markdown)
            VALUES (?, ?, ?, ?, NULL, ?, ?, ?)
            """,
            [id, revision, date.timeIntervalSince1970, item.slug, article.headline.trimmedForNews,
             article.summary.trimmedForNews, item.body.markdown]
        )
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
            SearchSource(id: id, headline: row.text(0), kicker: row.text(1), summary: row.text(2), tags: tags, body: row.text(3))
        }
    }

    /// `transform` over `items` on as many tasks as there are cores, results in order.
    static func inParallel<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count))
        let chunk = (items.count + workers - 1) / max(workers, 1)
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for worker in 0..<workers {
                let slice = Array(items.dropFirst(worker * chunk).prefix(chunk))
                group.addTask { (worker, slice.map(transform)) }
            }
            var results = [[Result]](repeating: [], count: workers)
            for await (worker, part) in group { results[worker] = part }
            return results.flatMap { $0 }
        }
    }
}
