import SahifaStore

/// What a reader types into the search box.
enum SearchQueryChecks {
    static func problems(for input: [UInt8]) -> [String] {
        guard let query = SearchQuery(FuzzInput.text(input)) else { return [] }
        var problems: [String] = []
        if query.words.count > SearchQuery.wordLimit { problems.append("\(query.words.count) words in one query") }
        if query.words.contains(where: { $0.isEmpty || $0.contains(where: \.isEmpty) }) {
            problems.append("a query word with no term")
        }
        return problems
    }
}
