import ArabicText
import SahifaStore

/// The passage a search result quotes.
enum SearchSnippet {
    /// A passage of the body around the reader's words, or of the summary when the words are
    /// only in the headline.
    static func make(_ hit: SearchHit, terms: Set<String>) -> HighlightedSnippet {
        let body = Highlighter.snippet(of: hit.bodyText, terms: terms, maxWords: 32)
        if body.hasMatches || hit.teaser.summary.isEmpty { return body }
        return Highlighter.snippet(of: hit.teaser.summary, terms: terms, maxWords: 32)
    }
}
