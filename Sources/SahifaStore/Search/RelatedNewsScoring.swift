import Foundation
import SahifaCore

/// How related news is worked out, the same on both stores: the words that set an article
/// apart (weighted by field and by how rare they are across the archive) are searched for,
/// and the best matches are re-weighted for sharing the article's section and for being
/// close to it in time. The stores supply the counts and the search.
package enum RelatedNewsScoring {
    /// How many related articles are kept per article.
    package static let listLength = 10
    /// How many of an article's words are searched for.
    package static let queryTerms = 12
    /// How many matches are re-weighted; the list is the best of them.
    package static let candidates = 61
    /// Words in more than this share of the archive say too little, and cost the most to search.
    package static let commonShare = 0.01
    /// A match from the article's own section counts this much more.
    package static let sameSectionWeight = 1.6
    /// Recency: a match published this many days away keeps about 60 % of the time bonus.
    package static let recencyDays = 30.0

    /// The article's analysed fields (see `AnalysedArticle`) with the weight of a word in each:
    /// headline and tags count most.
    package static func weightedFields(headline: String, kicker: String, summary: String, tags: String, body: String)
        -> [(text: String, weight: Double)]
    {
        [(headline, 3), (kicker, 2), (summary, 2), (tags, 3), (body, 1)]
    }

    /// Each of the article's terms with its weight in the article; surface forms are left out.
    package static func termWeights(_ fields: [(text: String, weight: Double)]) -> [Substring: Double] {
        var weights: [Substring: Double] = [:]
        for field in fields {
            for term in field.text.split(separator: " ").prefix(200) where !term.hasPrefix(SearchText.surfaceMark) {
                weights[term, default: 0] += field.weight
            }
        }
        return weights
    }

    /// The terms that best tell the article apart: frequent in it, rare in the archive of
    /// `documents` articles but found in at least one other article. Each comes with the
    /// number of articles holding it, as `frequency` gave it.
    package static func distinctiveTerms(
        _ weights: [Substring: Double],
        documents: Int,
        frequency: (String) throws -> Int
    ) rethrows -> [(term: String, articles: Int)] {
        let documents = Double(documents)
        let ceiling = max(30, documents * commonShare)
        var scored: [(term: String, articles: Int, score: Double)] = []
        for (term, weight) in weights {
            let count = try frequency(String(term))
            guard count >= 2, Double(count) <= ceiling else { continue }
            scored.append((String(term), count, weight * log(documents / Double(count))))
        }
        return scored.sorted { ($0.score, $0.term) > ($1.score, $1.term) }.prefix(queryTerms).map {
            ($0.term, $0.articles)
        }
    }

    /// A match's score once its section and distance in time from the article are weighed.
    package static func weighted(
        match: Double,
        sameSection: Bool,
        publishedAt: Double,
        articlePublishedAt: Double
    ) -> Double {
        let days = abs(publishedAt - articlePublishedAt) / 86_400
        let recency = 0.6 + 0.4 * exp(-days / recencyDays)
        return match * (sameSection ? sameSectionWeight : 1) * recency
    }

    /// The best `listLength` of the scored matches, best first.
    package static func best(_ matches: [(id: ArticleID, score: Double)]) -> [(id: ArticleID, score: Double)] {
        Array(matches.sorted { $0.score > $1.score }.prefix(listLength))
    }
}
