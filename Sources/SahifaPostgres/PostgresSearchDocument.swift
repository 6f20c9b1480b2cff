import Foundation
import SahifaCore
import SahifaStore

/// The analysed text of `SearchText` in PostgreSQL's full-text types. Sahifa writes the
/// `tsvector` and `tsquery` values itself, term by term, instead of having PostgreSQL's
/// parser split text: the parser's idea of a word depends on the server's locale and would
/// not match the terms the analysis made, and this way both stores index the same terms.
enum PostgresSearchDocument {
    /// The weight class of each field: headline A, tags B, kicker and summary C, body D.
    /// `rankWeights` gives the classes the ratios of `AnalysedArticle.fieldWeights`.
    static func document(_ article: AnalysedArticle) -> String {
        var positions: [Substring: [String]] = [:]
        var position = 0
        for (text, weight) in [
            (article.headline, "A"), (article.tags, "B"), (article.kicker, "C"), (article.summary, "C"),
            (article.body, "D"),
        ] {
            for term in text.split(separator: " ") where term.utf8.count < maximumTermBytes {
                position = min(position + 1, maximumPosition)
                if positions[term, default: []].count < maximumPositionsPerTerm {
                    positions[term, default: []].append("\(position)\(weight)")
                }
            }
        }
        return positions.map { term, places in quoted(term) + ":" + places.joined(separator: ",") }.joined(
            separator: " ")
    }

    /// The distinct terms of the article, as `search_terms` counts them.
    static func terms(_ article: AnalysedArticle) -> Set<Substring> {
        var terms = Set<Substring>()
        for text in [article.headline, article.tags, article.kicker, article.summary, article.body] {
            for term in text.split(separator: " ") where term.utf8.count < maximumTermBytes { terms.insert(term) }
        }
        return terms
    }

    /// A `tsquery` that matches every word (`all`) or any word, each as any of its terms.
    static func query(_ query: SearchQuery, all: Bool) -> String {
        query.words.map { group in "(" + group.map(quoted).joined(separator: " | ") + ")" }
            .joined(separator: all ? " & " : " | ")
    }

    /// A `tsquery` matching any of `terms`.
    static func anyOf(_ terms: [String]) -> String {
        terms.map(quoted).joined(separator: " | ")
    }

    /// `ts_rank`'s weights for classes D, C, B, A: body 1, kicker and summary 3.5, tags 5,
    /// headline 10, as on SQLite.
    static let rankWeights = "'{0.1, 0.35, 0.5, 1.0}'"

    /// SQL for how well `document` matches `terms`, each weighed by its inverse document
    /// frequency, in the manner of BM25 (PostgreSQL's `ts_rank` alone knows nothing of how
    /// rare a word is, and common words would rank as high as names): a sum of one
    /// `ts_rank` per term, normalised for the document's length. Values are bound, in order.
    static func score(of document: String, terms: [String], frequencies: [String: Int], documents: Int)
        -> (sql: String, arguments: [any PostgresArgument])
    {
        let known = terms.filter { (frequencies[$0] ?? 0) > 0 }
        guard !known.isEmpty else { return ("0::float8", []) }
        var arguments: [any PostgresArgument] = []
        let parts = known.map { term -> String in
            let count = Double(frequencies[term] ?? 0)
            let weight = log((Double(documents) - count + 0.5) / (count + 0.5) + 1)
            arguments.append(weight)
            arguments.append(quoted(Substring(term)))
            return "? * ts_rank(\(rankWeights), \(document), ?::tsquery, 1)"
        }
        return ("(" + parts.joined(separator: " + ") + ")", arguments)
    }

    /// A term as a quoted lexeme: quotes and backslashes inside are escaped, so no character
    /// of a reader's query is ever read as an operator.
    static func quoted(_ term: Substring) -> String {
        var out = "'"
        for character in term {
            if character == "'" || character == "\\" { out.append(character) }
            out.append(character)
        }
        return out + "'"
    }

    static func quoted(_ term: String) -> String { quoted(Substring(term)) }

    /// PostgreSQL's limits: a lexeme under 2 KB, positions up to 16383, 256 per lexeme.
    private static let maximumTermBytes = 2_000
    private static let maximumPosition = 16_383
    private static let maximumPositionsPerTerm = 256
}
