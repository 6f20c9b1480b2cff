import SahifaCore

extension Array where Element == ArticleTeaser {
    /// The teasers by article id, for an article's related-news cards; an article placed twice
    /// in one body is one card.
    package var cardsByID: [ArticleID: ArticleTeaser] {
        Dictionary(map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
