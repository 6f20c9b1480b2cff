import SahifaCore

/// The best matches of a search, as many as its page needs, picked while every match is
/// counted: one pass over the matches gives both the page and the total.
struct SearchPageSelection {
    struct Match {
        let id: Int64
        /// Higher is better.
        let score: Double
        /// Higher is newer: the publication time, or the id where the archive order stands in for it.
        let recency: Double
    }

    let order: SearchOrder
    /// How many of the best to keep: the page's end.
    let keep: Int
    /// The best matches so far, best first.
    private(set) var best: [Match] = []
    private(set) var count = 0

    init(order: SearchOrder, keep: Int) {
        self.order = order
        self.keep = keep
        best.reserveCapacity(keep)
    }

    mutating func consider(_ match: Match) {
        count += 1
        if best.count == keep {
            guard let last = best.last, ranksBefore(match, last) else { return }
            best.removeLast()
        }
        var low = 0
        var high = best.count
        while low < high {
            let middle = (low + high) / 2
            if ranksBefore(best[middle], match) { low = middle + 1 } else { high = middle }
        }
        best.insert(match, at: low)
    }

    /// By relevance, the higher score first and then the newer; newest first, the newer and
    /// then the later id.
    private func ranksBefore(_ first: Match, _ second: Match) -> Bool {
        if order == .relevance && first.score != second.score { return first.score > second.score }
        if first.recency != second.recency { return first.recency > second.recency }
        return first.id > second.id
    }
}
