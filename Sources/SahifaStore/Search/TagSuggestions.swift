import ArabicText
import SahifaCore

/// Existing tags whose words occur in an article's text, for both stores: a one-word tag
/// when its word occurs, a longer one when its words occur together in order; the most
/// frequent first.
package enum TagSuggestions {
    /// The article's words: headline, kicker, summary and body text; `?` for its id.
    package static let textQuery = """
        SELECT a.headline, COALESCE(a.kicker, ''), a.summary, b.plain_text
        FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
        """

    package static func text(_ row: some StoreRow) throws -> String {
        [try row.text(0), try row.text(1), try row.text(2), try row.text(3)].joined(separator: "\n")
    }

    /// The ids of the tags the article carries; `?` for its id.
    package static let carriedQuery = "SELECT tag_id FROM article_tags WHERE article_id = ?"

    /// Every tag, read by `TagColumns.tag(in:)`.
    package static let candidatesQuery = "SELECT \(TagColumns.list("t")) FROM tags t"

    package static func best(for text: String, among candidates: [Tag], carried: Set<Int64>, limit: Int) -> [Tag] {
        let terms = ArabicAnalyzer.terms(in: text)
        var counts: [String: Int] = [:]
        for term in terms { counts[term, default: 0] += 1 }
        let scored = candidates.compactMap { tag -> (tag: Tag, count: Int)? in
            guard !carried.contains(tag.id) else { return nil }
            let tagTerms = ArabicAnalyzer.terms(in: tag.name)
            guard !tagTerms.isEmpty, tagTerms.allSatisfy({ counts[$0] != nil }) else { return nil }
            guard tagTerms.count == 1 || terms.containsRun(tagTerms) else { return nil }
            return (tag, tagTerms.map { counts[$0] ?? 0 }.min() ?? 0)
        }
        return scored.sorted { ($0.count, $1.tag.name) > ($1.count, $0.tag.name) }.prefix(limit).map(\.tag)
    }
}

extension Array where Element == String {
    /// Whether `run` occurs here as consecutive elements.
    fileprivate func containsRun(_ run: [String]) -> Bool {
        guard !run.isEmpty, run.count <= count else { return false }
        return (0...(count - run.count)).contains { start in self[start..<(start + run.count)].elementsEqual(run) }
    }
}
