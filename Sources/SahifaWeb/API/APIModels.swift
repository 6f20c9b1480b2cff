import Foundation
import SahifaCore

/// The JSON shapes of API v1. Field names are snake_case and stable: integrators and
/// ../shared/search-eval read them.
enum APIModels {
    struct SectionRef: Encodable {
        var slug: String
        var name: String
    }

    /// An optional value that is written as `null` when absent, so every documented field is
    /// always there.
    struct Nullable<Value: Encodable>: Encodable {
        var value: Value?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    struct ArticleRef: Encodable {
        var id: Int64
        var sourceID: Nullable<String>
        var slug: String
        var url: String
        var headline: String
        var section: SectionRef
        var publishedAt: String

        enum CodingKeys: String, CodingKey {
            case id, slug, url, headline, section
            case sourceID = "source_id"
            case publishedAt = "published_at"
        }

        init(_ teaser: ArticleTeaser, publicURL: String) {
            id = teaser.id.rawValue
            sourceID = Nullable(value: teaser.sourceID)
            slug = teaser.slug
            url = publicURL + teaser.path
            headline = teaser.headline
            section = SectionRef(slug: teaser.section.slug, name: teaser.section.name)
            publishedAt = APIModels.timestamp(teaser.publishedAt)
        }
    }

    /// An article reference with the passage that matched and its score.
    struct SearchResult: Encodable {
        var article: ArticleRef
        /// A passage with the matched words in `<mark>`, HTML-escaped otherwise.
        var snippet: String
        var score: Double

        enum CodingKeys: String, CodingKey {
            case snippet, score
        }

        func encode(to encoder: any Encoder) throws {
            try article.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(snippet, forKey: .snippet)
            try container.encode(score, forKey: .score)
        }
    }

    struct SearchResponse: Encodable {
        var total: Int
        var page: Int
        var perPage: Int
        var matchedAllWords: Bool
        var results: [SearchResult]

        enum CodingKeys: String, CodingKey {
            case total, page, results
            case perPage = "per_page"
            case matchedAllWords = "matched_all_words"
        }
    }

    struct TagRef: Encodable {
        var id: Int64
        var slug: String
        var name: String
        var url: String
    }

    struct List<Item: Encodable>: Encodable {
        var results: [Item]
    }

    struct ErrorBody: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }

        var error: Detail
    }

    /// ISO 8601 in UTC, e.g. `2025-11-06T20:15:00Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
