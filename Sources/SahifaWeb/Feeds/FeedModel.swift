import Foundation
import SahifaCore

/// A feed as every format writes it: absolute URLs, dates as instants, the content as HTML.
struct FeedModel {
    var title: String
    var description: String
    /// The reader page the feed follows.
    var pageURL: String
    /// This list's feeds by format, absolute.
    var feedURLs: [FeedFormat: String]
    var iconURL: String
    var updated: Date
    var items: [Item]
    /// Writes RFC 3339 times in the site's time zone.
    var dates: NewsDateFormatter

    struct Item {
        /// The canonical article URL, which is also the item's permanent id.
        var url: String
        var title: String
        var summary: String
        /// The whole article as HTML with absolute links; nil when feeds carry summaries.
        var contentHTML: String?
        var published: Date
        var updated: Date
        var authors: [Person]
        var section: String
        var tags: [String]
        var image: Image?
    }

    struct Person {
        var name: String
        var url: String
    }

    struct Image {
        var url: String
        var contentType: String
        /// nil for a rendition not yet made.
        var byteCount: Int?
        var width: Int
        var height: Int
        var alt: String
    }
}
