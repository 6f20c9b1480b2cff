/// How many characters a headline, a summary and their search-engine versions can have and
/// still show whole on a results page, where the hard limits (`ArticleDraft.headlineLimit` and
/// the others) are far longer. The editor counts against both; only the limits refuse a save.
/// A headline or summary stands in for the search-engine title or description left empty.
public enum SearchLengthAdvice {
    public static let headline = 70
    public static let summary = 160
    public static let seoTitle = 60
    public static let seoDescription = 155
}
