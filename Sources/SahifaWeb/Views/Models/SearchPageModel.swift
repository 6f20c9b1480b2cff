import ArabicText

/// The search page: the form as the reader filled it, and what was found.
struct SearchPageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: PageChrome
    /// What the reader typed, to put back in the form.
    var query: String
    var sections: [Option]
    var orders: [Option]
    /// e.g. "١٢ نتيجة", nil before a search.
    var resultCount: String?
    /// Told when no article had every word and results hold only some of them.
    var notice: String?
    var results: [SearchResultModel]
    /// When nothing was found (or nothing was asked): what to try instead.
    var suggestions: Suggestions?
    var pagination: PaginationModel

    struct Option: Sendable, Hashable {
        var value: String
        var label: String
        var isSelected: Bool
    }

    struct Suggestions: Sendable, Hashable {
        var title: String
        var tips: [String]
        var links: [LinkModel]
    }
}

/// One result: the headline and a passage of the body with the reader's words marked.
struct SearchResultModel: Sendable, Hashable {
    var href: String
    var headline: HighlightedSnippet
    var snippet: HighlightedSnippet
    var section: LinkModel
    var date: String
    var dateISO: String
    var image: ImageModel?
}
