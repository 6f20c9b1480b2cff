import Foundation
import SahifaCore

/// The JSON the writing desk answers, snake_case like API v1.
enum DeskModels {
    /// A picture of the library as the editor's dialogs show it.
    struct Picture: Encodable {
        var hash: String
        var alt: String
        var caption: String
        var credit: String
        var width: Int
        var height: Int
        /// A small JPEG rendition for the dialog's grid and the body's picture block.
        var thumbnail: String

        init(_ asset: MediaAsset) {
            hash = asset.hash
            alt = asset.alt
            caption = asset.caption
            credit = asset.credit
            width = asset.width
            height = asset.height
            let source = asset.source
            let narrowest = RenditionSet.widths(for: .original, width: asset.width, height: asset.height).first
            thumbnail =
                source.isShownAsStored
                ? source.path
                : source.renditionPath(
                    RenditionRequest(width: narrowest ?? asset.width, shape: .original, format: .jpeg))
        }
    }

    struct Pictures: Encodable {
        var pictures: [Picture]
    }

    struct Kept: Encodable {
        var picture: Picture
    }

    /// A checked picture waiting for its alt text, with what its file says of it.
    struct Held: Encodable {
        var held: String
        var caption: String
        var credit: String
        var width: Int
        var height: Int
    }

    /// A published story a related-news card can point to.
    struct Story: Encodable {
        var id: Int64
        var headline: String
        var section: String
        var published: String
        /// One of the stories the related-news job found for this article.
        var suggested: Bool

        init(_ teaser: ArticleTeaser, suggested: Bool) {
            id = teaser.id.rawValue
            headline = teaser.headline
            section = teaser.section.name
            published = APIModels.timestamp(teaser.publishedAt)
            self.suggested = suggested
        }

        /// A story a body already names, whatever its status; not yet published, it gives
        /// the time it was last saved.
        init(_ article: Article) {
            id = article.id.rawValue
            headline = article.headline
            section = article.section.name
            published = APIModels.timestamp(article.publishedAt ?? article.updatedAt)
            suggested = false
        }
    }

    struct Stories: Encodable {
        var stories: [Story]
    }

    struct Autosaved: Encodable {
        var savedAt: String
        /// The time as the newsroom's pages show it: the site's clock and digits.
        var time: String
        /// The article's saved revision now: above the editor's, someone else saved meanwhile.
        var revisionNow: Int

        enum CodingKeys: String, CodingKey {
            case time
            case savedAt = "saved_at"
            case revisionNow = "revision_now"
        }
    }
}
