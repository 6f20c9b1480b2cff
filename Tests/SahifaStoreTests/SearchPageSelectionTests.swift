import SahifaCore
import Testing

@testable import SahifaStore

/// The one pass that gives a search its page and its total: whatever the page, the matches
/// kept are exactly the first ones of the whole list in the page's order.
@Suite("Picking a search page while counting")
struct SearchPageSelectionTests {
    /// 500 matches with many equal scores and dates, in a scrambled order.
    private static let matches: [SearchPageSelection.Match] = (0..<500).map { index in
        let id = Int64((index * 7_919) % 500 + 1)
        return SearchPageSelection.Match(id: id, score: Double(id % 13), recency: Double(id % 29))
    }

    @Test(
        "by relevance: the best score first, then the newer, then the later id",
        arguments: [1, 10, 60, 499, 500, 5_000_000])
    func relevance(keep: Int) {
        var selection = SearchPageSelection(order: .relevance, keep: keep)
        for match in Self.matches { selection.consider(match) }
        let expected = Self.matches.map { ($0.score, $0.recency, $0.id) }.sorted { $0 > $1 }.prefix(keep).map(\.2)
        #expect(selection.best.map(\.id) == Array(expected))
        #expect(selection.count == 500)
    }

    @Test("newest first: the newer, then the later id, whatever the score", arguments: [1, 10, 60, 5_000_000])
    func newest(keep: Int) {
        var selection = SearchPageSelection(order: .newest, keep: keep)
        for match in Self.matches { selection.consider(match) }
        let expected = Self.matches.map { ($0.recency, $0.id) }.sorted { $0 > $1 }.prefix(keep).map(\.1)
        #expect(selection.best.map(\.id) == Array(expected))
        #expect(selection.count == 500)
    }
}
