import Foundation
import SahifaCore

/// The JSON of API v1's newsroom calls (bearer token), snake_case like the rest of the API.
enum NewsroomAPIModels {
    /// An article in any status, with everything an integration edits.
    struct Article: Encodable {
        var id: Int64
        var status: String
        var revision: Int
        var slug: String
        var kicker: String
        var headline: String
        var summary: String
        var bodyMarkdown: String
        var section: String
        var tags: [String]
        var authors: [String]
        var hero: APIModels.Nullable<String>
        var url: String
        var publishedAt: APIModels.Nullable<String>
        var updatedAt: String
        var embargoUntil: APIModels.Nullable<String>

        enum CodingKeys: String, CodingKey {
            case id, status, revision, slug, kicker, headline, summary, section, tags, authors, hero, url
            case bodyMarkdown = "body_markdown"
            case publishedAt = "published_at"
            case updatedAt = "updated_at"
            case embargoUntil = "embargo_until"
        }

        init(_ article: SahifaCore.Article, publicURL: String) {
            id = article.id.rawValue
            status = article.status.rawValue
            revision = article.revision
            slug = article.slug
            kicker = article.kicker ?? ""
            headline = article.headline
            summary = article.summary
            bodyMarkdown = article.body.markdown
            section = article.section.slug
            tags = article.tags.map(\.name)
            authors = article.authors.map(\.slug)
            hero = .init(value: article.heroImage?.hash)
            url = publicURL + article.path
            publishedAt = .init(value: article.publishedAt.map(APIModels.timestamp))
            updatedAt = APIModels.timestamp(article.updatedAt)
            embargoUntil = .init(value: article.embargoUntil.map(APIModels.timestamp))
        }
    }

    /// What a create or update sends. `revision` is required on update.
    struct ArticleInput: Decodable {
        var headline: String
        var section: String
        var kicker: String?
        var summary: String?
        var bodyMarkdown: String?
        var tags: [String]?
        var authors: [String]?
        var hero: String?
        var slug: String?
        var embargoUntil: Date?
        var correction: String?
        var revision: Int?

        enum CodingKeys: String, CodingKey {
            case headline, section, kicker, summary, tags, authors, hero, slug, correction, revision
            case bodyMarkdown = "body_markdown"
            case embargoUntil = "embargo_until"
        }

        var draft: ArticleDraft {
            ArticleDraft(
                slug: slug ?? "", kicker: kicker ?? "", headline: headline, summary: summary ?? "",
                bodyMarkdown: bodyMarkdown ?? "", heroImageHash: hero, sectionSlug: section, tagNames: tags ?? [],
                authorSlugs: authors ?? [], embargoUntil: embargoUntil, correctionNote: correction ?? ""
            )
        }
    }

    struct StatusChange: Decodable {
        var move: String
        var publishAt: Date?

        enum CodingKeys: String, CodingKey {
            case move
            case publishAt = "publish_at"
        }
    }

    struct BreakingInput: Decodable {
        var text: String
        var articleID: Int64?
        var minutes: Int?

        enum CodingKeys: String, CodingKey {
            case text, minutes
            case articleID = "article_id"
        }
    }

    struct Breaking: Encodable {
        var id: Int64
        var text: String
        var startsAt: String
        var expiresAt: APIModels.Nullable<String>

        enum CodingKeys: String, CodingKey {
            case id, text
            case startsAt = "starts_at"
            case expiresAt = "expires_at"
        }
    }

    struct FocusInput: Decodable {
        var x: Double?
        var y: Double?
        var shape: String?
        var reset: Bool?
    }

    struct Picture: Encodable {
        var hash: String
        var url: String
        var kind: String
        var width: Int
        var height: Int
    }

    struct Lines: Encodable {
        var total: Int
        var results: [Line]
    }

    struct Line: Encodable {
        var id: Int64
        var headline: String
        var status: String
        var section: String
        var updatedAt: String

        enum CodingKeys: String, CodingKey {
            case id, headline, status, section
            case updatedAt = "updated_at"
        }
    }
}
