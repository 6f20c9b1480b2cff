import GRDB
import SahifaStore

/// How many indexed articles contain each term, for weighting an article's words. One
/// article looks its terms up one by one; a batch of thousands loads the whole vocabulary
/// once, which is cheaper from a few hundred articles on.
struct TermStatistics: Sendable {
    let documentCount: Int
    private let loaded: [String: Int]?

    /// Looks each term up when asked.
    init(lookingUpIn db: some SQLiteReading) throws {
        documentCount = try Self.countDocuments(db)
        loaded = nil
    }

    /// Reads every term's count at once.
    init(loadingFrom db: some SQLiteReading) throws {
        documentCount = try Self.countDocuments(db)
        var counts: [String: Int] = [:]
        for (term, documents) in try db.rows("SELECT term, doc FROM article_search_terms", { ($0.text(0), $0.int(1)) })
        {
            counts[term] = documents
        }
        loaded = counts
    }

    func documentFrequency(_ term: String, in db: some SQLiteReading) throws -> Int {
        if let loaded { return loaded[term] ?? 0 }
        return try db.firstRow("SELECT doc FROM article_search_terms WHERE term = ?", arguments: [term]) { $0.int(0) }
            ?? 0
    }

    private static func countDocuments(_ db: some SQLiteReading) throws -> Int {
        try db.firstRow("SELECT COUNT(*) FROM articles WHERE status = 'published'") { $0.int(0) } ?? 0
    }
}
