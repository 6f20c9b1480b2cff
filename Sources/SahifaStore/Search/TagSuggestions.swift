import ArabicText
import SahifaCore

/// Existing tags whose words occur in an article's text, for both stores: a one-word tag
/// when its word occurs, a longer one when its words occur together in order; the most
/// frequent first.
enum TagSuggestions {
    static func best(for text: String, among candidates: [Tag], carried: Set<Int64>, limit: Int) -> [Tag] {
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
