import SahifaCore

/// RSS 2.0, with the content, Dublin Core and Media RSS modules for the whole article, its
/// authors and its picture.
enum RSSFeed {
    static func render(_ feed: FeedModel) -> [UInt8] {
        var xml = HTMLWriter(capacity: 64 * 1024)
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"")
        xml.raw(
            " xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        xml.raw(
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n"
        )
        xml.element("<title>", feed.title, close: "</title>\n")
        xml.element("<link>", feed.pageURL, close: "</link>\n")
        xml.element("<description>", feed.description, close: "</description>\n")
        xml.raw("<language>ar</language>\n")
        xml.element("<lastBuildDate>", HTTPDate.format(feed.updated), close: "</lastBuildDate>\n")
        xml.raw("<atom:link rel=\"self\" type=\"application/rss+xml\"")
        xml.attribute("href", feed.feedURLs[.rss] ?? feed.pageURL)
        xml.raw("/>\n")
        for item in feed.items {
            xml.raw("<item>\n")
            xml.element("<title>", item.title, close: "</title>\n")
            xml.element("<link>", item.url, close: "</link>\n")
            xml.element("<guid isPermaLink=\"true\">", item.url, close: "</guid>\n")
            xml.element("<description>", item.summary, close: "</description>\n")
            if let content = item.contentHTML {
                xml.element("<content:encoded>", content, close: "</content:encoded>\n")
            }
            xml.element("<pubDate>", HTTPDate.format(item.published), close: "</pubDate>\n")
            for author in item.authors {
                xml.element("<dc:creator>", author.name, close: "</dc:creator>\n")
            }
            xml.element("<category>", item.section, close: "</category>\n")
            for tag in item.tags {
                xml.element("<category>", tag, close: "</category>\n")
            }
            if let image = item.image {
                xml.raw("<enclosure")
                xml.attribute("url", image.url)
                // RSS asks for a length; 0 is its word for one not known.
                xml.attribute("length", String(image.byteCount ?? 0))
                xml.attribute("type", image.contentType)
                xml.raw("/>\n<media:content medium=\"image\"")
                xml.attribute("url", image.url)
                xml.attribute("type", image.contentType)
                xml.attribute("width", String(image.width))
                xml.attribute("height", String(image.height))
                xml.raw(">")
                xml.element("<media:description>", image.alt, close: "</media:description>")
                xml.raw("</media:content>\n")
            }
            xml.raw("</item>\n")
        }
        xml.raw("</channel>\n</rss>\n")
        return xml.bytes
    }
}
