import Foundation

/// JSON Feed 1.1.
enum JSONFeed {
    private struct Document: Encodable {
        let version = "https://jsonfeed.org/version/1.1"
        var title: String
        var homePageURL: String
        var feedURL: String
        var description: String
        var icon: String
        var language = "ar"
        var items: [Item]
    }

    private struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var summary: String
        var contentHTML: String?
        var contentText: String?
        var image: String?
        var datePublished: String
        var dateModified: String
        var authors: [Author]
        var tags: [String]
    }

    private struct Author: Encodable {
        var name: String
        var url: String
    }

    static func render(_ feed: FeedModel) -> [UInt8] {
        let document = Document(
            title: feed.title,
            homePageURL: feed.pageURL,
            feedURL: feed.feedURLs[.json] ?? feed.pageURL,
            description: feed.description,
            icon: feed.iconURL,
            items: feed.items.map { item in
                Item(
                    id: item.url,
                    url: item.url,
                    title: item.title,
                    summary: item.summary,
                    // Every item needs one of the two; a summaries-only feed gives the summary.
                    contentHTML: item.contentHTML,
                    contentText: item.contentHTML == nil ? item.summary : nil,
                    image: item.image?.url,
                    datePublished: feed.dates.iso8601(item.published),
                    dateModified: feed.dates.iso8601(item.updated),
                    authors: item.authors.map { Author(name: $0.name, url: $0.url) },
                    tags: [item.section] + item.tags
                )
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        // Encoding plain strings and arrays cannot fail.
        return Array((try? encoder.encode(document)) ?? Data())
    }
}
