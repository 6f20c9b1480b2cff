import SahifaStore

/// How many articles of the search index hold each phrase, remembered by one reader connection
/// for `ArticleRank` until a write changes the database. Counting walks every article holding
/// the phrase, and a reader's searches keep asking about the same common words.
struct PhraseArticleCounts {
    /// Enough for every word readers ask about in a busy day; past it the memo starts again
    /// rather than grow without end.
    static let capacity = 50_000

    private var counts: [String: Int64] = [:]
    private var dataVersion: Int64?

    /// The counts for `phrases` (each an FTS5 phrase in double quotes), in order, as of the
    /// database version `version`; `count` looks up a phrase not yet known.
    mutating func counts(
        for phrases: [String],
        atVersion version: Int64,
        count: (String) throws -> Int64
    ) rethrows -> [Int64] {
        if version != dataVersion || counts.count > Self.capacity {
            counts.removeAll(keepingCapacity: true)
            dataVersion = version
        }
        return try phrases.map { phrase in
            if let known = counts[phrase] { return known }
            let counted = try count(phrase)
            counts[phrase] = counted
            return counted
        }
    }
}
