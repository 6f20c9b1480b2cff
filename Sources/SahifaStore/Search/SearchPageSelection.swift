import SahifaCore

/// The best matches of a search, as many as its page needs, picked while every match is
/// counted: one pass over the matches gives both the page and the total.
///
/// A reader may ask for page 100,000 of 50, so `keep` can be far larger than the matches:
/// nothing is set aside for it, and the kept matches are sorted only when they reach twice
/// `keep` (then cut back to `keep`) and once at the end, so a pass costs at most a sort of
/// the matches, whatever the page. Most matches are turned away by one comparison with the
/// worst match kept at the last cut.
package struct SearchPageSelection {
    package struct Match {
        package init(id: Int64, score: Double, recency: Double) {
            self.id = id
            self.score = score
            self.recency = recency
        }

        package let id: Int64
        /// Higher is better.
        package let score: Double
        /// Higher is newer: the publication time, or the id where the archive order stands in for it.
        package let recency: Double
    }

    package let order: SearchOrder
    /// How many of the best to keep: the page's end.
    package let keep: Int
    package private(set) var count = 0
    private var kept: [Match] = []
    /// The worst match kept at the last cut; a match that does not rank before it cannot be
    /// among the best `keep`.
    private var bar: Match?

    package init(order: SearchOrder, keep: Int) {
        self.order = order
        self.keep = keep
    }

    package mutating func consider(_ match: Match) {
        count += 1
        if let bar, !ranksBefore(match, bar) { return }
        kept.append(match)
        if kept.count >= 2 * keep { cut() }
    }

    /// The best matches, best first, at most `keep` of them.
    package var best: [Match] {
        Array(kept.sorted(by: ranksBefore).prefix(keep))
    }

    private mutating func cut() {
        kept.sort(by: ranksBefore)
        kept.removeLast(kept.count - keep)
        bar = kept.last
    }

    /// By relevance, the higher score first and then the newer; newest first, the newer and
    /// then the later id.
    private func ranksBefore(_ first: Match, _ second: Match) -> Bool {
        if order == .relevance && first.score != second.score { return first.score > second.score }
        if first.recency != second.recency { return first.recency > second.recency }
        return first.id > second.id
    }
}
