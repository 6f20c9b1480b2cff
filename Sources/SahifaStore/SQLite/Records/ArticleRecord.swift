import Foundation
import GRDB
import SahifaCore

/// A row of `articles`. The body, tags, bylines and related cards live in their own tables.
struct ArticleRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "articles"
    var id: Int64?
    var slug: String
    var kicker: String?
    var headline: String
    var summary: String
    var heroHash: String?
    var sectionID: Int64
    var status: String
    var isFeatured: Bool
    var seoTitle: String?
    var seoDescription: String?
    var createdAt: Double
    var publishedAt: Double?
    var updatedAt: Double
    var revision: Int
    var embargoUntil: Double?
    var correctionNote: String?
    var correctedAt: Double?

    enum CodingKeys: String, CodingKey {
        case id, slug, kicker, headline, summary, status, revision
        case heroHash = "hero_hash"
        case sectionID = "section_id"
        case isFeatured = "is_featured"
        case seoTitle = "seo_title"
        case seoDescription = "seo_description"
        case createdAt = "created_at"
        case publishedAt = "published_at"
        case updatedAt = "updated_at"
        case embargoUntil = "embargo_until"
        case correctionNote = "correction_note"
        case correctedAt = "corrected_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    init(_ article: Article) {
        id = article.id.rawValue == 0 ? nil : article.id.rawValue
        slug = article.slug
        kicker = article.kicker
        headline = article.headline
        summary = article.summary
        heroHash = article.heroImage?.hash
        sectionID = article.section.id
        status = article.status.rawValue
        isFeatured = article.isFeatured
        seoTitle = article.seo.title
        seoDescription = article.seo.description
        createdAt = article.createdAt.timeIntervalSince1970
        publishedAt = article.publishedAt?.timeIntervalSince1970
        updatedAt = article.updatedAt.timeIntervalSince1970
        revision = article.revision
        embargoUntil = article.embargoUntil?.timeIntervalSince1970
        correctionNote = article.correction?.note
        correctedAt = article.correction?.at.timeIntervalSince1970
    }
}
